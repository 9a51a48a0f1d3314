package org.oa.edi.internal.validation;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.oa.edi.internal.stream.ByteTokenizer;
import org.oa.edi.validation.ProblemKind;

/**
 * Element specifications (usage, type, length, codes) for the segments the engine models, per transaction type,
 * and the SNIP 1-2 element checks that use them. Specs are written as {@code "M AN 1 35"}: usage (M mandatory,
 * O optional/situational, X not used), type (AN, ID, N0, R, DT, TM, C composite), min and max length, and
 * optionally a comma-separated code list.
 */
final class SegmentSpecs {

    enum Type { AN, ID, N0, R, DT, TM, C }

    record ElementSpec(char usage, Type type, int min, int max, Set<String> codes, byte[][] codeBytes) {
        ElementSpec(char usage, Type type, int min, int max, Set<String> codes) {
            this(usage, type, min, max, codes, codes.stream().map(c -> c.getBytes(StandardCharsets.ISO_8859_1))
                    .toArray(byte[][]::new));
        }

        boolean hasCode(byte[] b, int from, int to) {
            // Codes are a few bytes: a plain loop is cheaper than Arrays.equals's vectorized mismatch.
            int length = to - from;
            next:
            for (byte[] c : codeBytes) {
                if (c.length != length) {
                    continue;
                }
                for (int i = 0; i < length; i++) {
                    if (c[i] != b[from + i]) {
                        continue next;
                    }
                }
                return true;
            }
            return false;
        }
    }

    private final Map<String, ElementSpec[]> specs = new HashMap<>();
    private final Set<String> allowed;
    /**
     * The same specs by {@link ByteTokenizer#segmentKey()} in an open-addressing table (linear probing), so that
     * the lookup on every segment reads two small arrays instead of hashing the identifier.
     */
    private int[] keys = new int[0];
    private ElementSpec[][] byKey = new ElementSpec[0][];

    private SegmentSpecs(Set<String> allowed) {
        this.allowed = allowed;
    }

    private SegmentSpecs def(String id, String... elements) {
        ElementSpec[] out = new ElementSpec[elements.length];
        for (int i = 0; i < elements.length; i++) {
            String[] p = elements[i].split(" ");
            if (p[0].equals("X")) {
                out[i] = new ElementSpec('X', Type.AN, 0, 0, Set.of());
            } else if (p[1].equals("C")) {
                out[i] = new ElementSpec(p[0].charAt(0), Type.C, 0, 0, Set.of());
            } else {
                out[i] = new ElementSpec(p[0].charAt(0), Type.valueOf(p[1]), Integer.parseInt(p[2]),
                        Integer.parseInt(p[3]), p.length > 4 ? Set.of(p[4].split(",")) : Set.of());
            }
        }
        specs.put(id, out);
        index();
        return this;
    }

    /** Rebuilds the key table from {@link #specs} (at construction only; the tables are then only read). */
    private void index() {
        int size = Integer.highestOneBit(Math.max(4, specs.size()) * 4);
        int[] k = new int[size];
        ElementSpec[][] v = new ElementSpec[size][];
        for (Map.Entry<String, ElementSpec[]> e : specs.entrySet()) {
            int key = ByteTokenizer.idKey(e.getKey());
            int slot = slot(key, size);
            while (k[slot] != 0) {
                slot = (slot + 1) & (size - 1);
            }
            k[slot] = key;
            v[slot] = e.getValue();
        }
        keys = k;
        byKey = v;
    }

    private static int slot(int key, int size) {
        return (key * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(size));
    }

    /** The specs of the current segment, or null. */
    private ElementSpec[] specOf(ByteTokenizer r) {
        int key = r.segmentKey();
        if (key == 0) {
            // Every modelled segment has a 2 or 3 character identifier.
            return null;
        }
        int[] k = keys;
        int slot = slot(key, k.length);
        while (k[slot] != 0) {
            if (k[slot] == key) {
                return byKey[slot];
            }
            slot = (slot + 1) & (k.length - 1);
        }
        return null;
    }

    boolean isAllowed(String segmentId) {
        return allowed.contains(segmentId);
    }

    boolean hasSpec(String segmentId) {
        return specs.containsKey(segmentId);
    }

    private static final String[] CAS_SPEC = {"M ID 1 2 CO,CR,OA,PI,PR", "M ID 1 5", "M R 1 18", "O R 1 15", "O ID 1 5",
        "O R 1 18", "O R 1 15", "O ID 1 5", "O R 1 18", "O R 1 15", "O ID 1 5", "O R 1 18", "O R 1 15",
        "O ID 1 5", "O R 1 18", "O R 1 15", "O ID 1 5", "O R 1 18", "O R 1 15"};

    static final SegmentSpecs PROFESSIONAL = claims(false);
    static final SegmentSpecs INSTITUTIONAL = claims(true);
    static final SegmentSpecs REMITTANCE = remittance();
    static final SegmentSpecs ACKNOWLEDGMENT = acknowledgment999();

    private SegmentSpecs common() {
        return def("ST", "M ID 3 3", "M AN 4 9", "O AN 1 35")
                .def("SE", "M N0 1 10", "M AN 4 9")
                .def("NM1", "M ID 2 3", "M ID 1 1 1,2", "O AN 1 60", "O AN 1 35", "O AN 1 25", "O AN 1 10",
                        "O AN 1 10", "O ID 1 2", "O AN 2 80", "O ID 2 2", "O ID 2 3", "O AN 1 60")
                .def("PER", "M ID 2 2", "O AN 1 60", "O ID 2 2", "O AN 1 256", "O ID 2 2", "O AN 1 256",
                        "O ID 2 2", "O AN 1 256")
                .def("N3", "M AN 1 55", "O AN 1 55")
                .def("N4", "M AN 2 30", "O ID 2 2", "O ID 3 15", "O ID 2 3", "X", "X", "O ID 1 3")
                .def("REF", "M ID 2 3", "M AN 1 50", "O AN 1 80", "O C")
                .def("DTM", "M ID 3 3", "M DT 8 8", "O TM 4 8", "O ID 2 2", "O ID 2 3", "O AN 1 35")
                .def("AMT", "M ID 1 3", "M R 1 18", "O ID 1 1")
                .def("QTY", "M ID 2 2", "M R 1 15", "O C")
                .def("TRN", "M ID 1 2", "M AN 1 50", "O AN 10 10", "O AN 1 50");
    }

    static SegmentSpecs claims(boolean institutional) {
        SegmentSpecs s = new SegmentSpecs(Set.of("ST", "SE", "BHT", "NM1", "PER", "HL", "PRV", "CUR", "N3", "N4",
                "REF", "SBR", "PAT", "DMG", "CLM", "DTP", "CL1", "PWK", "CN1", "AMT", "K3", "NTE", "CR1", "CR2", "CR3",
                "CRC", "HI", "HCP", "CAS", "OI", "MIA", "MOA", "LX", "SV1", "SV2", "SV5", "QTY", "MEA", "PS1", "LIN",
                "CTP", "SVD", "LQ", "FRM", "TOO", "HSD", "CR7"));
        s.common();
        s.def("BHT", "M ID 4 4 0019", "M ID 2 2 00,18", "M AN 1 50", "M DT 8 8", "M TM 4 8", "M ID 2 2 31,CH,RP")
                .def("HL", "M AN 1 12", "O AN 1 12", "M ID 1 2 20,22,23", "O ID 1 1 0,1")
                .def("PRV", "M ID 1 3", "M ID 2 3 PXC", "M AN 1 50")
                .def("SBR", "M ID 1 1 A,B,C,D,E,F,G,H,P,S,T,U", "O ID 2 2", "O AN 1 50", "O AN 1 60", "O ID 1 3",
                        "X", "X", "X", "O ID 1 2")
                .def("DMG", "M ID 2 3 D8", "M DT 8 8", "M ID 1 1 F,M,U")
                .def("DTP", "M ID 3 3", "M ID 2 3 D8,RD8", "M AN 1 35")
                .def("LX", "M N0 1 6")
                .def("CAS", CAS_SPEC)
                .def("OI", "X", "X", "M ID 1 1 N,W,Y", "X", "O ID 1 1", "M ID 1 1 I,Y")
                .def("NTE", "M ID 3 3", "M AN 1 80");
        if (institutional) {
            s.def("CLM", "M AN 1 38", "M R 1 18", "X", "X", "M C", "X", "M ID 1 1 A,B,C", "M ID 1 1 N,W,Y",
                    "M ID 1 1 I,Y", "X", "O C", "X", "X", "X", "X", "X", "X", "X", "X", "O ID 1 2")
                    .def("CL1", "O ID 1 1", "O ID 1 1", "O ID 1 2")
                    .def("SV2", "M AN 1 48", "O C", "M R 1 18", "M ID 2 2 DA,UN", "M R 1 15", "O R 1 10",
                            "O R 1 18", "X", "O ID 1 1 Y")
                    .def("HI", "M C", "O C", "O C", "O C", "O C", "O C", "O C", "O C", "O C", "O C", "O C", "O C");
        } else {
            s.def("CLM", "M AN 1 38", "M R 1 18", "X", "X", "M C", "M ID 1 1 N,Y", "M ID 1 1 A,B,C",
                    "M ID 1 1 N,W,Y", "M ID 1 1 I,Y", "O ID 1 1 P", "O C", "O ID 2 3", "X", "X", "X", "O ID 1 1",
                    "X", "X", "X", "O ID 1 2")
                    .def("SV1", "M C", "M R 1 18", "M ID 2 2 MJ,UN", "M R 1 15", "O AN 1 2", "X", "M C", "X",
                            "O ID 1 1 Y", "X", "O ID 1 1 Y", "O ID 1 1 Y", "X", "X", "O ID 1 1 0")
                    .def("HI", "M C", "O C", "O C", "O C", "O C", "O C", "O C", "O C", "O C", "O C", "O C", "O C");
        }
        return s;
    }

    static SegmentSpecs remittance() {
        SegmentSpecs s = new SegmentSpecs(Set.of("ST", "SE", "BPR", "TRN", "CUR", "REF", "DTM", "N1", "N2", "N3",
                "N4", "PER", "RDM", "LX", "TS3", "TS2", "CLP", "CAS", "NM1", "MIA", "MOA", "AMT", "QTY", "SVC", "LQ",
                "PLB"));
        s.common();
        s.def("BPR", "M ID 1 2 C,D,H,I,P,U,X", "M R 1 18", "M ID 1 1 C,D", "M ID 3 3 ACH,BOP,CHK,FWT,NON",
                "O ID 1 10", "O ID 2 2", "O AN 3 12", "O ID 1 3", "O AN 1 35", "O AN 10 10", "O AN 9 9", "O ID 2 2",
                "O AN 3 12", "O ID 1 3", "O AN 1 35", "M DT 8 8")
                .def("N1", "M ID 2 3", "O AN 1 60", "O ID 1 2", "O AN 2 80")
                .def("LX", "M N0 1 6")
                .def("CLP", "M AN 1 38", "M ID 1 2 1,2,3,4,19,20,21,22,23,25", "M R 1 18", "M R 1 18", "O R 1 18",
                        "M ID 1 2", "M AN 1 50", "O AN 1 2", "O ID 1 1", "X", "O AN 1 4", "O R 1 15", "O R 1 10",
                        "O ID 1 1")
                .def("CAS", CAS_SPEC)
                .def("SVC", "M C", "M R 1 18", "M R 1 18", "O AN 1 48", "O R 1 15", "O C", "O R 1 15")
                .def("PLB", "M AN 1 50", "M DT 8 8", "M C", "M R 1 18", "O C", "O R 1 18", "O C", "O R 1 18",
                        "O C", "O R 1 18", "O C", "O R 1 18", "O C", "O R 1 18");
        return s;
    }

    static SegmentSpecs acknowledgment999() {
        SegmentSpecs s = new SegmentSpecs(Set.of("ST", "SE", "AK1", "AK2", "IK3", "CTX", "IK4", "IK5", "AK9"));
        s.common();
        s.def("AK1", "M ID 2 2", "M N0 1 9", "O AN 1 12")
                .def("AK2", "M ID 3 3", "M AN 4 9", "O AN 1 35")
                .def("IK3", "M ID 2 3", "M N0 1 10", "O AN 1 4", "O ID 1 3")
                .def("IK4", "M C", "O N0 1 4", "M ID 1 3", "O AN 1 99")
                .def("IK5", "M ID 1 1 A,E,M,R,W,X", "O ID 1 3", "O ID 1 3", "O ID 1 3", "O ID 1 3", "O ID 1 3")
                .def("AK9", "M ID 1 1 A,E,M,P,R,W,X", "M N0 1 6", "M N0 1 6", "M N0 1 6", "O ID 1 3", "O ID 1 3",
                        "O ID 1 3", "O ID 1 3", "O ID 1 3");
        return s;
    }

    static SegmentSpecs envelopeOnly() {
        SegmentSpecs s = new SegmentSpecs(Set.of());
        s.def("ST", "M ID 3 3", "M AN 4 9", "O AN 1 35").def("SE", "M N0 1 10", "M AN 4 9");
        return s;
    }

    /**
     * Checks the current segment's elements; reports IK403 problems through {@code cx}. Values are checked on the
     * tokenizer's bytes: no String is created unless a problem is reported.
     */
    void check(ByteTokenizer r, TransactionContext cx) {
        String id = r.segmentId();
        ElementSpec[] spec = specOf(r);
        if (spec == null) {
            if (!allowed.isEmpty() && !allowed.contains(id)) {
                cx.segmentProblem(isSyntacticId(id) ? "2" : "1", isSyntacticId(id)
                        ? "Segment " + id + " is not expected in this transaction."
                        : "The segment identifier is not recognised.");
            }
            return;
        }
        int count = r.elementCount();
        if (count > spec.length) {
            for (int i = spec.length + 1; i <= count; i++) {
                if (!r.isEmpty(i)) {
                    cx.elementProblem("3", i, 0, id + " has more data elements than the standard allows.");
                    break;
                }
            }
        }
        byte[] b = r.buffer();
        for (int i = 1; i <= spec.length; i++) {
            ElementSpec e = spec[i - 1];
            int from = i <= count ? r.elementStart(i) : 0;
            int to = i <= count ? r.elementEnd(i) : 0;
            if (from >= to) {
                if (e.usage() == 'M') {
                    cx.elementProblem("1", i, 0, String.format("%s%02d is required but missing.", id, i));
                }
                continue;
            }
            if (e.usage() == 'X') {
                cx.elementProblem("I10", i, 0, String.format("%s%02d must not be sent in this transaction.", id, i));
                continue;
            }
            if (e.type() == Type.C) {
                continue;
            }
            checkValue(cx, id, i, 0, b, from, to, e);
        }
    }

    static boolean isSyntacticId(String id) {
        if (id.length() < 2 || id.length() > 3 || !Character.isUpperCase(id.charAt(0))) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** Checks one simple value, {@code b[from, to)}; returns false when a problem was reported. */
    static boolean checkValue(TransactionContext cx, String id, int element, int component, byte[] b, int from,
            int to, ElementSpec e) {
        for (int k = from; k < to; k++) {
            // One unsigned comparison for "outside 0x20-0x7E" (bytes 0x80-0xFF are negative, so b - 0x20 is too).
            if (Integer.compareUnsigned(b[k] - 0x20, 0x5F) >= 0) {
                cx.elementProblem("6", element, component, name(id, element, component) + " contains a character X12 does not allow.");
                return false;
            }
        }
        int length = to - from;
        switch (e.type()) {
            case N0 -> {
                if (!isInteger(b, from, to)) {
                    cx.elementProblem("6", element, component, name(id, element, component) + " must be a whole number.");
                    return false;
                }
                length = b[from] == '-' ? length - 1 : length;
            }
            case R -> {
                int digits = decimalDigits(b, from, to);
                if (digits < 0) {
                    cx.elementProblem("6", element, component, name(id, element, component) + " must be a number (for example 125.50).");
                    return false;
                }
                length = digits;
            }
            case DT -> {
                if (!isDate(b, from, to)) {
                    cx.elementProblem("8", element, component, name(id, element, component) + " must be a valid date written CCYYMMDD.");
                    return false;
                }
            }
            case TM -> {
                if (!isTime(b, from, to)) {
                    cx.elementProblem("9", element, component, name(id, element, component) + " must be a valid time written HHMM.");
                    return false;
                }
            }
            default -> {
                // AN and ID are checked for length and codes below.
            }
        }
        if (length < e.min()) {
            cx.elementProblem("4", element, component, name(id, element, component) + " is shorter than the minimum of " + e.min()
                    + " characters.");
            return false;
        }
        if (length > e.max()) {
            cx.elementProblem("5", element, component, name(id, element, component) + " is longer than the maximum of " + e.max()
                    + " characters.");
            return false;
        }
        if (e.codeBytes().length > 0 && !e.hasCode(b, from, to)) {
            cx.elementProblem("7", element, component, name(id, element, component) + " has a code value that is not valid here (allowed: "
                    + String.join(", ", new java.util.TreeSet<>(e.codes())) + ").");
            return false;
        }
        return true;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    /** {@link #isInteger(CharSequence)} on bytes. */
    private static boolean isInteger(byte[] b, int from, int to) {
        int start = from < to && b[from] == '-' ? from + 1 : from;
        if (start >= to) {
            return false;
        }
        for (int i = start; i < to; i++) {
            if (!isDigit(b[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The number of digits of a decimal ({@link #isDecimal(CharSequence)} on bytes), or -1 when it is not one.
     * The sign and the decimal point do not count toward the X12 length.
     */
    private static int decimalDigits(byte[] b, int from, int to) {
        int start = from < to && b[from] == '-' ? from + 1 : from;
        int digits = 0;
        boolean point = false;
        for (int i = start; i < to; i++) {
            byte c = b[i];
            if (c == '.') {
                if (point) {
                    return -1;
                }
                point = true;
            } else if (isDigit(c)) {
                digits++;
            } else {
                return -1;
            }
        }
        return digits == 0 ? -1 : digits;
    }

    /** Whether {@code b[from, to)} is a real date CCYYMMDD ({@link #parseDate} without creating a LocalDate). */
    private static boolean isDate(byte[] b, int from, int to) {
        if (to - from != 8) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(b[i])) {
                return false;
            }
        }
        int year = number(b, from, from + 4);
        int month = number(b, from + 4, from + 6);
        int day = number(b, from + 6, from + 8);
        return month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month);
    }

    /** {@link #parseDate(CharSequence)} of {@code b[from, to)}. */
    static LocalDate parseDate(byte[] b, int from, int to) {
        return isDate(b, from, to) ? LocalDate.of(number(b, from, from + 4), number(b, from + 4, from + 6),
                number(b, from + 6, from + 8)) : null;
    }

    private static int monthLength(int year, int month) {
        return switch (month) {
            case 2 -> Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** {@link #isTime(CharSequence)} on bytes. */
    private static boolean isTime(byte[] b, int from, int to) {
        int length = to - from;
        if (length < 4 || length > 8 || length == 5) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(b[i])) {
                return false;
            }
        }
        int hh = number(b, from, from + 2);
        int mm = number(b, from + 2, from + 4);
        int ss = length >= 6 ? number(b, from + 4, from + 6) : 0;
        return hh < 24 && mm < 60 && ss < 60;
    }

    private static int number(byte[] b, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (b[i] - '0');
        }
        return n;
    }

    private static String name(String id, int element, int component) {
        return component == 0 ? String.format("%s%02d", id, element)
                : String.format("%s%02d-%d", id, element, component);
    }

    static boolean isInteger(CharSequence v) {
        int start = v.length() > 0 && v.charAt(0) == '-' ? 1 : 0;
        if (start >= v.length()) {
            return false;
        }
        for (int i = start; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isDecimal(CharSequence v) {
        int start = v.length() > 0 && v.charAt(0) == '-' ? 1 : 0;
        boolean digit = false;
        boolean point = false;
        for (int i = start; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '.') {
                if (point) {
                    return false;
                }
                point = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    /** Parses CCYYMMDD; {@code null} when not a real date. */
    static LocalDate parseDate(CharSequence v) {
        if (v.length() != 8) {
            return null;
        }
        for (int i = 0; i < 8; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return null;
            }
        }
        int year = number(v, 0, 4);
        int month = number(v, 4, 6);
        int day = number(v, 6, 8);
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int number(CharSequence v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (v.charAt(i) - '0');
        }
        return n;
    }

    /** Whether {@code v} is HHMM, HHMMSS or HHMMSSd..d. */
    static boolean isTime(CharSequence v) {
        if (v.length() < 4 || v.length() > 8 || v.length() == 5) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        int hh = number(v, 0, 2);
        int mm = number(v, 2, 4);
        int ss = v.length() >= 6 ? number(v, 4, 6) : 0;
        return hh < 24 && mm < 60 && ss < 60;
    }
}
