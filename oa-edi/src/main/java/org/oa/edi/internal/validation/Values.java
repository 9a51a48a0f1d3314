package org.oa.edi.internal.validation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Lenient conversions of element text: {@code null} when absent or unreadable (validation reports why). */
final class Values {

    private Values() {
    }

    static BigDecimal decimal(String v) {
        if (v == null || v.isEmpty() || !SegmentSpecs.isDecimal(v)) {
            return null;
        }
        return new BigDecimal(v);
    }

    static Integer integer(String v) {
        if (v == null || v.isEmpty() || v.length() > 9 || !SegmentSpecs.isInteger(v)) {
            return null;
        }
        return Integer.valueOf(v);
    }

    static LocalDate date(String v) {
        return v == null ? null : SegmentSpecs.parseDate(v);
    }

    /** NPI check digit: Luhn over "80840" + the 10 digits. */
    static boolean validNpi(String npi) {
        if (npi.length() != 10) {
            return false;
        }
        String full = "80840" + npi;
        int sum = 0;
        boolean doubleIt = false;
        for (int i = full.length() - 1; i >= 0; i--) {
            char c = full.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            if (doubleIt) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }

    static boolean allDigits(String v, int length) {
        if (v.length() != length) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
