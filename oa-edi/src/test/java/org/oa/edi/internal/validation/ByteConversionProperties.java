package org.oa.edi.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.oa.edi.X12Samples;
import org.oa.edi.internal.stream.ByteTokenizer;
import org.oa.edi.stream.X12Event;

/**
 * The conversions and checks made on the tokenizer's bytes (for throughput) agree with the String versions they
 * replace, for element text made of the characters that matter (digits, sign, point, letters, separators).
 */
class ByteConversionProperties {

    @Provide
    Arbitrary<String> elements() {
        return Arbitraries.strings().withChars("0123456789-.:AZaz \u00e9\u0001").ofMaxLength(22);
    }

    /** A tokenizer on segment {@code ZZ*v*w~} of an interchange. */
    private static ByteTokenizer on(String v, String w) {
        String x12 = X12Samples.isa("000000001") + "ZZ*" + v + "*" + w + "~";
        ByteTokenizer r = new ByteTokenizer(new ByteArrayInputStream(x12.getBytes(StandardCharsets.ISO_8859_1)),
                1024);
        assertThat(r.next()).isEqualTo(X12Event.START_INTERCHANGE);
        assertThat(r.next()).isEqualTo(X12Event.SEGMENT);
        return r;
    }

    @Property(tries = 3000)
    void numbersAgree(@ForAll("elements") String v) {
        ByteTokenizer r = on(v, "x");
        assertThat(Values.decimal(r, 1)).isEqualTo(Values.decimal(r.element(1)));
        assertThat(Values.integer(r, 1)).isEqualTo(Values.integer(r.element(1)));
        String text = r.element(1);
        boolean plain = !text.isEmpty() && text.length() <= 9 && text.chars().allMatch(c -> c >= '0' && c <= '9')
                && (text.length() == 1 || text.charAt(0) != '0');
        assertThat(r.elementNumber(1)).isEqualTo(plain ? Integer.parseInt(text) : -1);
    }

    @Property(tries = 1000)
    void decimalsKeepTheScale(@ForAll @IntRange(min = -99999, max = 99999) int unscaled,
            @ForAll @IntRange(max = 6) int scale) {
        String v = new java.math.BigDecimal(java.math.BigInteger.valueOf(unscaled), scale).toPlainString();
        ByteTokenizer r = on(v, "x");
        assertThat(Values.decimal(r, 1)).isEqualTo(new java.math.BigDecimal(v));
        assertThat(Values.decimal(v)).isEqualTo(new java.math.BigDecimal(v));
    }

    @Property(tries = 2000)
    void comparisonsAndComponentsAgree(@ForAll("elements") String v, @ForAll("elements") String w) {
        ByteTokenizer r = on(v, w);
        assertThat(r.elementIs(1, w)).isEqualTo(r.element(1).equals(w));
        assertThat(r.elementIs(3, "")).isTrue();
        int[] bounds = new int[64];
        String[] parts = new String[32];
        int n = r.componentBounds(2, bounds);
        assertThat(n).isEqualTo(r.componentCount(2));
        assertThat(r.components(2, parts)).isEqualTo(n);
        for (int c = 1; c <= n; c++) {
            String expected = r.component(2, c);
            assertThat(new String(r.buffer(), bounds[2 * c - 2], bounds[2 * c - 1] - bounds[2 * c - 2],
                    StandardCharsets.ISO_8859_1)).isEqualTo(expected);
            assertThat(parts[c - 1]).isEqualTo(expected);
        }
    }

    @Property(tries = 3000)
    void datesAgree(@ForAll @IntRange(max = 99999999) int yyyymmdd) {
        String v = String.format("%08d", yyyymmdd);
        byte[] b = v.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(SegmentSpecs.parseDate(b, 0, b.length)).isEqualTo(SegmentSpecs.parseDate(v));
    }

    @Property(tries = 2000)
    void hlNumbersAgree(@ForAll("elements") String v, @ForAll @IntRange(max = 2000) int n) {
        assertThat(ClaimHandler.isNumber(v, n)).isEqualTo(v.equals(String.valueOf(n)));
    }

    @Property(tries = 3000)
    void npiCheckDigitAgrees(@ForAll @IntRange(max = 999999) int seed) {
        String npi = String.format("%010d", seed * 9973L % 10_000_000_000L);
        assertThat(Values.validNpi(npi)).isEqualTo(luhn("80840" + npi));
    }

    /** The Luhn check as written before (over the prefixed String). */
    private static boolean luhn(String full) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = full.length() - 1; i >= 0; i--) {
            int d = full.charAt(i) - '0';
            if (doubleIt) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
