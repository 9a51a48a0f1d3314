package org.oa.core.remittance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One CAS adjustment: a group, a claim adjustment reason code (CARC) and an amount. A positive amount reduces
 * the payment; a negative one increases it.
 *
 * @param group      who bears it
 * @param reasonCode the CARC, e.g. {@code 45} (charge exceeds fee schedule) or {@code 1} (deductible)
 * @param amount     the amount, scale 2
 */
public record Adjustment(AdjustmentGroup group, String reasonCode, BigDecimal amount) {

    public Adjustment {
        Objects.requireNonNull(group, "adjustment group");
        if (reasonCode == null || reasonCode.isEmpty() || reasonCode.length() > 5) {
            throw new IllegalArgumentException("adjustment reasonCode must be 1 to 5 characters");
        }
        amount = Amounts.cents(amount, "adjustment amount");
    }
}
