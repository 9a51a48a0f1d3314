package org.oa.core.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Normalises amounts to dollars and cents (scale 2); an amount with fractions of a cent is refused. */
final class Money {

    private Money() {
    }

    static BigDecimal cents(BigDecimal amount, String field) {
        if (amount == null) {
            throw new NullPointerException(field);
        }
        if (amount.scale() == 2) {
            return amount;
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(field + " must be in whole cents", e);
        }
    }
}
