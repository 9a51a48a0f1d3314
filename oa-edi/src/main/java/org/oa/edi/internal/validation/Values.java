package org.oa.edi.internal.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.oa.edi.internal.stream.ByteTokenizer;

/** Lenient conversions of element text: {@code null} when absent or unreadable (validation reports why). */
final class Values {

    private Values() {
    }

    static BigDecimal decimal(String v) {
        if (v == null || v.isEmpty() || !SegmentSpecs.isDecimal(v)) {
            return null;
        }
        if (v.length() > 18) {
            return new BigDecimal(v);
        }
        // At most 18 digits fit a long: the same value and scale as new BigDecimal(v), without its char[] copy.
        long unscaled = 0;
        int scale = 0;
        boolean point = false;
        for (int i = v.charAt(0) == '-' ? 1 : 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.') {
                point = true;
            } else {
                unscaled = unscaled * 10 + (c - '0');
                if (point) {
                    scale++;
                }
            }
        }
        return BigDecimal.valueOf(v.charAt(0) == '-' ? -unscaled : unscaled, scale);
    }

    static Integer integer(String v) {
        if (v == null || v.isEmpty() || v.length() > 9 || !SegmentSpecs.isInteger(v)) {
            return null;
        }
        // At most 9 digits: no overflow. The same result as Integer.valueOf(v), without its parser's overhead.
        int n = 0;
        for (int i = v.charAt(0) == '-' ? 1 : 0; i < v.length(); i++) {
            n = n * 10 + (v.charAt(i) - '0');
        }
        return v.charAt(0) == '-' ? -n : n;
    }

    // The same conversions on the tokenizer's bytes (no String): for the values read on every claim.

    /** {@link #decimal(String)} of the element at {@code position}. */
    static BigDecimal decimal(ByteTokenizer r, int position) {
        if (r.isEmpty(position)) {
            return null;
        }
        byte[] b = r.buffer();
        int from = r.elementStart(position);
        int to = r.elementEnd(position);
        if (to - from > 18) {
            return decimal(r.element(position));
        }
        int start = b[from] == '-' ? from + 1 : from;
        long unscaled = 0;
        int scale = 0;
        boolean point = false;
        boolean digit = false;
        for (int i = start; i < to; i++) {
            byte c = b[i];
            if (c == '.') {
                if (point) {
                    return null;
                }
                point = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
                unscaled = unscaled * 10 + (c - '0');
                if (point) {
                    scale++;
                }
            } else {
                return null;
            }
        }
        if (!digit) {
            return null;
        }
        return BigDecimal.valueOf(start > from ? -unscaled : unscaled, scale);
    }

    /** {@link #integer(String)} of {@code b[from, to)}. */
    static Integer integer(byte[] b, int from, int to) {
        if (to <= from || to - from > 9) {
            return null;
        }
        int start = b[from] == '-' ? from + 1 : from;
        if (start >= to) {
            return null;
        }
        int n = 0;
        for (int i = start; i < to; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return null;
            }
            n = n * 10 + (b[i] - '0');
        }
        return start > from ? -n : n;
    }

    /** {@link #integer(String)} of the element at {@code position}. */
    static Integer integer(ByteTokenizer r, int position) {
        return r.isEmpty(position) ? null : integer(r.buffer(), r.elementStart(position), r.elementEnd(position));
    }

    static LocalDate date(String v) {
        return v == null ? null : SegmentSpecs.parseDate(v);
    }

    /** NPI check digit: Luhn over "80840" + the 10 digits. */
    static boolean validNpi(String npi) {
        if (npi.length() != 10) {
            return false;
        }
        // The prefix's share of the sum is constant: 8 + 0 (doubled) + 8 + 4 (doubled: 8) + 0 = 24, so no String
        // "80840" + npi is built for every claim.
        int sum = 24;
        boolean doubleIt = false;
        for (int i = npi.length() - 1; i >= 0; i--) {
            char c = npi.charAt(i);
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
