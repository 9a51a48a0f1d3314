package org.oa.edi.internal.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.oa.edi.stream.X12Reader;
import org.oa.edi.validation.ProblemKind;

/**
 * Element specifications (usage, type, length, codes) for the segments the engine models, per transaction type,
 * and the SNIP 1-2 element checks that use them. Specs are written as {@code "M AN 1 35"}: usage (M mandatory,
 * O optional/situational, X not used), type (AN, ID, N0, R, DT, TM, C composite), min and max length, and
 * optionally a comma-separated code list.
 */
final class SegmentSpecs {

    enum Type { AN, ID, N0, R, DT, TM, C }

    record ElementSpec(char usage, Type type, int min, int max, Set<String> codes, String[] codeArray) {
        ElementSpec(char usage, Type type, int min, int max, Set<String> codes) {
            this(usage, type, min, max, codes, codes.toArray(new String[0]));
        }

        boolean hasCode(CharSequence v) {
            for (String c : codeArray) {
                if (c.contentEquals(v)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, ElementSpec[]> specs = new HashMap<>();
    private final Set<String> allowed;

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
        return this;
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

    /** Checks the current segment's elements; reports IK403 problems through {@code cx}. */
    void check(X12Reader r, TransactionContext cx) {
        String id = r.segmentId();
        ElementSpec[] spec = specs.get(id);
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
        for (int i = 1; i <= spec.length; i++) {
            ElementSpec e = spec[i - 1];
            boolean empty = r.isEmpty(i);
            if (empty) {
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
            checkValue(cx, id, i, 0, r.elementView(i), e);
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

    /** Checks one simple value; returns false when a problem was reported. */
    static boolean checkValue(TransactionContext cx, String id, int element, int component, CharSequence v,
            ElementSpec e) {
        for (int k = 0; k < v.length(); k++) {
            char c = v.charAt(k);
            if (c < 0x20 || c > 0x7E) {
                cx.elementProblem("6", element, component, name(id, element, component) + " contains a character X12 does not allow.");
                return false;
            }
        }
        int length = v.length();
        switch (e.type()) {
            case N0 -> {
                if (!isInteger(v)) {
                    cx.elementProblem("6", element, component, name(id, element, component) + " must be a whole number.");
                    return false;
                }
                length = v.charAt(0) == '-' ? length - 1 : length;
            }
            case R -> {
                if (!isDecimal(v)) {
                    cx.elementProblem("6", element, component, name(id, element, component) + " must be a number (for example 125.50).");
                    return false;
                }
                length = digits(v);
            }
            case DT -> {
                if (parseDate(v) == null) {
                    cx.elementProblem("8", element, component, name(id, element, component) + " must be a valid date written CCYYMMDD.");
                    return false;
                }
            }
            case TM -> {
                if (!isTime(v)) {
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
        if (e.codeArray().length > 0 && !e.hasCode(v)) {
            cx.elementProblem("7", element, component, name(id, element, component) + " has a code value that is not valid here (allowed: "
                    + String.join(", ", new java.util.TreeSet<>(e.codes())) + ").");
            return false;
        }
        return true;
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

    private static int digits(CharSequence v) {
        int n = 0;
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) >= '0' && v.charAt(i) <= '9') {
                n++;
            }
        }
        return n;
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
