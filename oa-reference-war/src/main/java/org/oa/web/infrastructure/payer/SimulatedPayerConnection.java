package org.oa.web.infrastructure.payer;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.enterprise.context.ApplicationScoped;

import org.oa.core.identifier.PayerId;
import org.oa.web.application.payer.PayerConnection;

/** The reference deployment's one payer connection: {@link SimulatedPayer}, answering in-process. */
@ApplicationScoped
public class SimulatedPayerConnection implements PayerConnection {

    private final SimulatedPayer payer = new SimulatedPayer();

    @Override
    public PayerId payerId() {
        return PayerId.of(SimulatedPayer.PAYER_ID);
    }

    @Override
    public String payerName() {
        return SimulatedPayer.PAYER_NAME;
    }

    @Override
    public Acknowledgment acknowledge(byte[] claimFile, LocalDateTime now) {
        return payer.acknowledge(claimFile, now);
    }

    @Override
    public byte[] remit(byte[] claimFile, LocalDate paymentDate, long controlNumber) {
        return payer.remit(claimFile, paymentDate, controlNumber);
    }
}
