package org.oa.web.application.payer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

import org.oa.core.identifier.PayerId;

/**
 * The port through which {@link PayerExchange} sends a payer a batch of claims and takes its answers back. The
 * reference deployment connects one payer, the simulated SIM01 in the infrastructure; a deployment that reaches a
 * real payer (or another clearinghouse) implements this for it.
 */
public interface PayerConnection {

    /** The payer at the other end. */
    PayerId payerId();

    /** The payer's name, for reports. */
    String payerName();

    /** The payer's 999 and 277CA for one 837 batch it received at {@code now}. */
    Acknowledgment acknowledge(byte[] claimFile, LocalDateTime now);

    /** The payer's 835 for the claims it accepted from {@code claimFile}; empty when it pays none of them. */
    byte[] remit(byte[] claimFile, LocalDate paymentDate, long controlNumber);

    /**
     * A payer's immediate answers to one claim file. Arrays are copied in and out.
     *
     * @param implementationAck the 999 interchange(s); empty when the file is not X12 at all
     * @param claimAck          the 277CA interchange(s); empty when no 837 transaction set was accepted
     */
    record Acknowledgment(byte[] implementationAck, byte[] claimAck) {

        public Acknowledgment {
            implementationAck = java.util.Objects.requireNonNull(implementationAck, "implementationAck").clone();
            claimAck = java.util.Objects.requireNonNull(claimAck, "claimAck").clone();
        }

        @Override
        public byte[] implementationAck() {
            return implementationAck.clone();
        }

        @Override
        public byte[] claimAck() {
            return claimAck.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Acknowledgment a && Arrays.equals(implementationAck, a.implementationAck)
                    && Arrays.equals(claimAck, a.claimAck);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(implementationAck) + Arrays.hashCode(claimAck);
        }

        @Override
        public String toString() {
            return "Acknowledgment[999 " + implementationAck.length + " bytes, 277CA " + claimAck.length + " bytes]";
        }
    }
}
