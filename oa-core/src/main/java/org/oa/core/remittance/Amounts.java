package org.oa.core.remittance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Money helpers for remittances: scale 2, sums of adjustments. */
final class Amounts {

    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Amounts() {
    }

    static BigDecimal cents(BigDecimal amount, String field) {
        if (amount == null) {
            throw new NullPointerException(field);
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " must be in whole cents", e);
        }
    }

    static BigDecimal sum(List<Adjustment> adjustments) {
        BigDecimal sum = ZERO;
        for (Adjustment a : adjustments) {
            sum = sum.add(a.amount());
        }
        return sum;
    }
}
