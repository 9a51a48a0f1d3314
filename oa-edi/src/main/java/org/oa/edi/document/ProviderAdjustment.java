package org.oa.edi.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One PLB adjustment pair. Positive amounts reduce the payment (BPR02).
 *
 * @param providerId      PLB01
 * @param fiscalPeriodEnd PLB02
 * @param reasonCode      PLBxx-1, e.g. {@code "WO"} overpayment recovery
 * @param referenceId     PLBxx-2
 * @param amount          the amount, {@code null} when unreadable
 */
public record ProviderAdjustment(String providerId, LocalDate fiscalPeriodEnd, String reasonCode, String referenceId,
        BigDecimal amount) {
    public ProviderAdjustment {
        Objects.requireNonNull(providerId, "providerId");
        Objects.requireNonNull(reasonCode, "reasonCode");
        referenceId = referenceId == null ? "" : referenceId;
    }
}
