package org.oa.edi.document;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One CAS adjustment (a reason/amount/quantity triple). Positive amounts reduce payment.
 *
 * @param groupCode  CAS01: CO contractual, PR patient responsibility, OA other, PI payer initiated, CR correction
 * @param reasonCode claim adjustment reason code (CARC)
 * @param amount     adjustment amount, {@code null} when unreadable
 * @param quantity   adjustment quantity, {@code null} when absent
 */
public record Adjustment(String groupCode, String reasonCode, BigDecimal amount, BigDecimal quantity) {
    public Adjustment {
        Objects.requireNonNull(groupCode, "groupCode");
        Objects.requireNonNull(reasonCode, "reasonCode");
    }
}
