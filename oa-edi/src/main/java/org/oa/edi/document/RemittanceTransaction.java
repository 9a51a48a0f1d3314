package org.oa.edi.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An 835 remittance advice (X221A1).
 *
 * @param handlingCode   BPR01 (I remittance only, C payment with remittance, H notification, ...)
 * @param paymentAmount  BPR02, {@code null} when unreadable
 * @param creditDebit    BPR03
 * @param paymentMethod  BPR04 (ACH, CHK, NON, ...)
 * @param paymentDate    BPR16
 * @param traceNumber    TRN02 (check or EFT trace number)
 * @param payer          1000A (N1*PR)
 * @param payee          1000B (N1*PE)
 */
public record RemittanceTransaction(TransactionHeader header, String handlingCode, BigDecimal paymentAmount,
        String creditDebit, String paymentMethod, LocalDate paymentDate, String traceNumber, Party payer,
        Party payee, List<ClaimPayment> claims, List<ProviderAdjustment> providerAdjustments)
        implements TransactionDocument {
    public RemittanceTransaction {
        Objects.requireNonNull(header, "header");
        handlingCode = handlingCode == null ? "" : handlingCode;
        creditDebit = creditDebit == null ? "" : creditDebit;
        paymentMethod = paymentMethod == null ? "" : paymentMethod;
        traceNumber = traceNumber == null ? "" : traceNumber;
        claims = List.copyOf(Objects.requireNonNull(claims, "claims"));
        providerAdjustments = List.copyOf(Objects.requireNonNull(providerAdjustments, "providerAdjustments"));
    }
}
