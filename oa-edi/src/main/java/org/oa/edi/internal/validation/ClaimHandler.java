package org.oa.edi.internal.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.oa.edi.document.Address;
import org.oa.edi.document.Claim;
import org.oa.edi.document.ClaimTransaction;
import org.oa.edi.document.ClaimType;
import org.oa.edi.document.Diagnosis;
import org.oa.edi.document.Party;
import org.oa.edi.document.ServiceLine;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.document.TransactionHeader;
import org.oa.edi.internal.stream.ByteTokenizer;
import org.oa.edi.validation.ProblemKind;

/** 837P (X222A1) and 837I (X223A2): loops, SNIP 1-2 structure, balancing and front-end edits, typed claims. */
final class ClaimHandler implements TransactionHandler {

    private static final LocalDate ICD10_START = LocalDate.of(2015, 10, 1);
    private static final Set<String> PROCEDURE_QUALIFIERS = Set.of("ER", "HC", "IV", "WK");
    private static final Set<String> FREQUENCIES = Set.of("1", "7", "8");
    private static final Set<String> POINTABLE = Set.of("ABK", "ABF", "BK", "BF");
    private static final Set<String> DIAGNOSIS_QUALIFIERS = Set.of("ABK", "ABF", "BK", "BF", "ABJ", "BJ", "APR",
            "PR", "ABN", "BN");

    private final boolean institutional;
    private final boolean typed;
    private final SegmentSpecs specs;
    private final TransactionHeader header;

    private String bht03 = "";
    private LocalDate bht04;
    private Party submitter;
    private Party receiver;

    private final Levels hls = new Levels();
    private int expectedHl = 1;
    private String level = "";
    private boolean sawHl;
    private Hl billingHl;
    private Hl subscriberHl;
    private Hl patientHl;

    private Party billing;
    private Party typedBilling;
    private Party typedSubscriber;
    private Party typedPatient;
    private String billingTaxonomy = "";
    private String billingTaxId = "";
    private String billingPhone = "";
    private String subscriberGender = "";
    private String patientGender = "";
    private String sbr01 = "";
    private String sbr02 = "";
    private String sbr03 = "";
    private String pat01 = "";
    private String billingNpi = "";
    private Loc billingNpiLoc;
    private Party subscriber;
    private LocalDate subscriberBirth;
    private Party payer;
    private Party patient;
    private LocalDate patientBirth;
    private int claimsInSubscriber;
    private String slot = "";
    private String n3a = "";
    private String n3b = "";

    private ClaimDraft claim;
    private LineDraft line;
    private String nm101 = "";
    private String clmId = "";
    private java.math.BigDecimal clmCharge;
    private boolean otherSubscriber;
    private final List<Claim> claims = new ArrayList<>();
    /** Scratch space of {@link #components} and of the SV107 component bounds. */
    private String[] parts = new String[8];
    private int componentCount;
    private int[] bounds = new int[24];
    /** The last DTP date read (null when invalid) and its 8 bytes: the same service date repeats on every line. */
    private long lastDateKey = -1;
    private LocalDate lastDate;
    /** One instance per short code value (qualifiers, codes) kept in typed documents, so large files stay small. */
    private final Map<String, String> codes = new HashMap<>();

    private static final class Hl {
        final String level;
        final String hl04;
        final Loc loc;
        boolean hasChild;
        boolean has2010;
        boolean hasSbr;
        boolean hasSubscriberName;
        boolean hasPayerName;

        Hl(String level, String hl04, Loc loc) {
            this.level = level;
            this.hl04 = hl04;
            this.loc = loc;
        }
    }

    /**
     * The HL levels of the transaction by HL01, as a {@code LinkedHashMap<String, Hl>} filled with putIfAbsent
     * would keep them, but without a String per level: HL01 and HL02 are normally plain numbers (1, 2, 3...),
     * which index an array; other identifiers go to a map.
     */
    private static final class Levels {
        /** Larger numbers go to the map, so that a bad HL01 cannot make the array huge. */
        private static final int MAX_INDEXED = 1 << 16;
        private Hl[] byNumber = new Hl[64];
        private final Map<String, Hl> byText = new HashMap<>();
        /** Every level kept, in the order first seen. */
        final List<Hl> inOrder = new ArrayList<>();

        /** The element as an array index: a plain number below {@link #MAX_INDEXED}, else -1. */
        static int index(ByteTokenizer r, int position) {
            int n = r.elementNumber(position);
            return n < MAX_INDEXED ? n : -1;
        }

        /** The level of HL01 {@code index} (when at least 0) or else {@code text}; null when unknown. */
        Hl get(int index, String text) {
            if (index >= 0) {
                return index < byNumber.length ? byNumber[index] : null;
            }
            return byText.get(text);
        }

        /** Keeps {@code hl} unless a level with the same HL01 is already kept. */
        void putIfAbsent(int index, String text, Hl hl) {
            if (index >= 0) {
                if (index >= byNumber.length) {
                    byNumber = Arrays.copyOf(byNumber, Math.max(index + 1, byNumber.length * 2));
                }
                if (byNumber[index] != null) {
                    return;
                }
                byNumber[index] = hl;
            } else if (byText.putIfAbsent(text, hl) != null) {
                return;
            }
            inOrder.add(hl);
        }
    }

    private static final class ClaimDraft {
        String id;
        BigDecimal charge;
        Loc loc;
        String facility = "";
        String frequency = "";
        Party billing;
        Party subscriber;
        Party patient;
        LocalDate birth;
        Party payer;
        Party rendering;
        LocalDate from;
        LocalDate to;
        String original = "";
        LocalDate onset;
        LocalDate accident;
        LocalDate admission;
        String priority = "";
        String relationship = "";
        String group = "";
        boolean hasHi;
        int diagnosisHi;
        boolean hasCl1;
        boolean hasDtp434;
        final List<Diagnosis> diagnoses = new ArrayList<>();
        final List<Loc> diagnosisLocs = new ArrayList<>();
        final List<String> pointable = new ArrayList<>();
        final List<String[]> npis = new ArrayList<>(0);
        final List<Loc> npiLocs = new ArrayList<>(0);
        final List<LineDraft> lines = new ArrayList<>();
    }

    private static final class LineDraft {
        int number;
        Loc loc;
        Loc svLoc;
        boolean hasService;
        boolean hasDate;
        String revenue = "";
        String qualifier = "";
        String code = "";
        /** Empty and immutable until the first modifier (most lines have none). */
        List<String> modifiers = List.of();
        BigDecimal charge;
        String unitType = "";
        BigDecimal units;
        String pos = "";
        final List<Integer> pointers = new ArrayList<>(2);
        LocalDate from;
        LocalDate to;
        String lineControl = "";
        String ndcQualifier = "";
        String ndc = "";
    }

    ClaimHandler(boolean institutional, TransactionHeader header, boolean typed) {
        this.institutional = institutional;
        this.typed = typed;
        this.specs = institutional ? SegmentSpecs.INSTITUTIONAL : SegmentSpecs.PROFESSIONAL;
        this.header = header;
    }

    @Override
    public void segment(ByteTokenizer r, TransactionContext cx) {
        String id = r.segmentId();
        cx.expectFirstSegment("BHT", "The BHT (beginning of hierarchical transaction) segment is missing.");
        switch (id) {
            case "HL" -> {
                endClaim(cx);
                cx.loop = "";
            }
            case "CLM" -> {
                endClaim(cx);
                cx.loop = "2300";
                clmId = r.element(1);
                clmCharge = Values.decimal(r, 2);
                cx.startClaim(clmId, clmCharge);
            }
            case "LX" -> {
                endLine(cx);
                cx.loop = "2400";
            }
            case "SBR" -> {
                if (claim != null) {
                    endLine(cx);
                    otherSubscriber = true;
                    cx.loop = "2320";
                }
            }
            case "LIN" -> cx.loop = "2410";
            case "SVD" -> cx.loop = "2430";
            case "NM1" -> {
                nm101 = r.element(1);
                cx.loop = nm1Loop(nm101, cx.loop);
            }
            default -> {
                // Other segments stay in the current loop.
            }
        }
        if (id.equals("HL")) {
            hl(r, cx);
        }
        specs.check(r, cx);
        switch (id) {
            case "BHT" -> {
                bht03 = r.element(3);
                bht04 = Values.date(r.element(4));
            }
            case "NM1" -> nm1(r, cx);
            case "N3" -> {
                n3a = r.element(1);
                n3b = r.element(2);
            }
            case "N4" -> n4(r, cx);
            case "DMG" -> {
                LocalDate birth = Values.date(r.element(2));
                if ("2010BA".equals(cx.loop)) {
                    subscriberBirth = birth;
                    subscriberGender = r.element(3);
                } else if ("2010CA".equals(cx.loop)) {
                    patientBirth = birth;
                    patientGender = r.element(3);
                }
            }
            case "SBR" -> {
                if (claim == null && subscriberHl != null) {
                    subscriberHl.hasSbr = true;
                }
                if (claim == null) {
                    sbr01 = r.element(1);
                    sbr02 = r.element(2);
                    sbr03 = r.element(3);
                }
            }
            case "PAT" -> {
                if (claim == null) {
                    pat01 = r.element(1);
                }
            }
            case "PRV" -> {
                if (claim == null && "20".equals(level)) {
                    billingTaxonomy = r.element(3);
                }
            }
            case "PER" -> {
                if ("2010AA".equals(cx.loop)) {
                    billingPhone = phone(r);
                }
            }
            case "REF" -> ref(r, cx);
            case "LIN" -> {
                if (line != null) {
                    line.ndcQualifier = r.element(2);
                    line.ndc = r.element(3);
                }
            }
            case "CLM" -> clm(r, cx);
            case "DTP" -> dtp(r, cx);
            case "HI" -> hi(r, cx);
            case "CL1" -> {
                if (claim != null) {
                    claim.hasCl1 = true;
                }
            }
            case "LX" -> lx(r, cx);
            case "SV1" -> sv1(r, cx);
            case "SV2" -> sv2(r, cx);
            default -> {
                // Read and checked only.
            }
        }
    }

    private String nm1Loop(String q, String current) {
        if (!sawHl) {
            return switch (q) {
                case "41" -> "1000A";
                case "40" -> "1000B";
                default -> current;
            };
        }
        if (claim == null) {
            return switch (level) {
                case "20" -> switch (q) {
                    case "85" -> "2010AA";
                    case "87" -> "2010AB";
                    case "PE" -> "2010AC";
                    default -> current;
                };
                case "22" -> switch (q) {
                    case "IL" -> "2010BA";
                    case "PR" -> "2010BB";
                    default -> current;
                };
                case "23" -> "QC".equals(q) ? "2010CA" : current;
                default -> current;
            };
        }
        if (line != null) {
            return institutional ? switch (q) {
                case "72" -> "2420A";
                case "ZZ" -> "2420B";
                case "82" -> "2420C";
                case "DN" -> "2420D";
                default -> "2400";
            } : switch (q) {
                case "82" -> "2420A";
                case "QB" -> "2420B";
                case "77" -> "2420C";
                case "DQ" -> "2420D";
                case "DK" -> "2420E";
                case "DN", "P3" -> "2420F";
                case "PW" -> "2420G";
                case "45" -> "2420H";
                default -> "2400";
            };
        }
        if (otherSubscriber) {
            return switch (q) {
                case "IL" -> "2330A";
                case "PR" -> "2330B";
                default -> institutional ? "2330C" : switch (q) {
                    case "DN", "P3" -> "2330C";
                    case "82" -> "2330D";
                    case "77" -> "2330E";
                    case "DQ" -> "2330F";
                    case "85" -> "2330G";
                    default -> "2320";
                };
            };
        }
        return institutional ? switch (q) {
            case "71" -> "2310A";
            case "72" -> "2310B";
            case "ZZ" -> "2310C";
            case "82" -> "2310D";
            case "77" -> "2310E";
            case "DN" -> "2310F";
            default -> "2300";
        } : switch (q) {
            case "DN", "P3" -> "2310A";
            case "82" -> "2310B";
            case "77" -> "2310C";
            case "DQ" -> "2310D";
            case "PW" -> "2310E";
            case "45" -> "2310F";
            default -> "2300";
        };
    }

    // ---- hierarchy --------------------------------------------------------------------------------------------

    private void hl(ByteTokenizer r, TransactionContext cx) {
        sawHl = true;
        // HL01 and HL02 as numbers where they are plain numbers: the Strings are only made for other values.
        int idIndex = Levels.index(r, 1);
        String id = idIndex < 0 ? r.element(1) : null;
        int parentIndex = Levels.index(r, 2);
        boolean noParent = r.isEmpty(2);
        String parentText = parentIndex < 0 ? r.element(2) : null;
        String code = r.element(3);
        String loop = switch (code) {
            case "20" -> "2000A";
            case "22" -> "2000B";
            case "23" -> "2000C";
            default -> "";
        };
        cx.loop = loop;
        if (idIndex >= 0 ? idIndex != expectedHl : !isNumber(id, expectedHl)) {
            cx.elementProblem("7", 1, 0, "HL01 must number the hierarchical levels 1, 2, 3... in order; expected "
                    + expectedHl + ".");
        }
        expectedHl++;
        Hl parentHl = noParent ? null : hls.get(parentIndex, parentText);
        if (!noParent && parentHl == null) {
            cx.elementProblem("7", 2, 0, "HL02 refers to a parent level that does not exist earlier in the file.");
        }
        if (parentHl != null) {
            parentHl.hasChild = true;
        }
        String expectedParent = switch (code) {
            case "22" -> "20";
            case "23" -> "22";
            default -> "";
        };
        if (code.equals("20") && !noParent) {
            cx.elementProblem("I9", 2, 0, "A billing provider level (HL03=20) must not have a parent (HL02).");
        } else if (!expectedParent.isEmpty()) {
            if (noParent) {
                cx.elementProblem("1", 2, 0, "HL02 (parent level) is required for HL03=" + code + ".");
            } else if (parentHl != null && !parentHl.level.equals(expectedParent)) {
                cx.elementProblem("7", 2, 0, "HL level " + code + " must be under an HL level " + expectedParent
                        + ".");
            }
        }
        Hl hl = new Hl(code, r.element(4), cx.here());
        hls.putIfAbsent(idIndex, id, hl);
        close2000C(cx);
        switch (code) {
            case "20" -> {
                close2000B(cx);
                close2000A(cx);
                billingHl = hl;
                billing = null;
                billingTaxonomy = "";
                billingTaxId = "";
                billingPhone = "";
                billingNpi = "";
                billingNpiLoc = null;
            }
            case "22" -> {
                close2000B(cx);
                subscriberHl = hl;
                subscriber = null;
                subscriberBirth = null;
                subscriberGender = "";
                sbr01 = "";
                sbr02 = "";
                sbr03 = "";
                payer = null;
                patient = null;
                patientBirth = null;
                patientGender = "";
                pat01 = "";
                claimsInSubscriber = 0;
            }
            case "23" -> {
                patientHl = hl;
                patient = null;
                patientBirth = null;
                patientGender = "";
                pat01 = "";
            }
            default -> {
                // Invalid HL03 is reported by the element check.
            }
        }
        level = code;
        slot = "";
    }

    /** Whether {@code text} is {@code String.valueOf(n)} for {@code n >= 0}, without creating that String. */
    static boolean isNumber(String text, int n) {
        int i = text.length();
        int rest = n;
        do {
            if (i == 0 || text.charAt(--i) != '0' + rest % 10) {
                return false;
            }
            rest /= 10;
        } while (rest > 0);
        return i == 0;
    }

    private void close2000C(TransactionContext cx) {
        if (patientHl != null && !patientHl.has2010) {
            cx.at(ProblemKind.SEGMENT_IK304, "3", new Loc(patientHl.loc.filePosition(),
                    patientHl.loc.transactionPosition(), "NM1", "2010CA", 0, 0),
                    "The patient name (NM1*QC, loop 2010CA) is missing.");
        }
        patientHl = null;
    }

    private void close2000A(TransactionContext cx) {
        if (billingHl != null && !billingHl.has2010) {
            cx.at(ProblemKind.SEGMENT_IK304, "3", new Loc(billingHl.loc.filePosition(),
                    billingHl.loc.transactionPosition(), "NM1", "2010AA", 0, 0),
                    "The billing provider name (NM1*85, loop 2010AA) is missing.");
        }
        billingHl = null;
    }

    private void close2000B(TransactionContext cx) {
        if (subscriberHl != null) {
            Loc l = subscriberHl.loc;
            if (!subscriberHl.hasSbr) {
                cx.at(ProblemKind.SEGMENT_IK304, "3", new Loc(l.filePosition(), l.transactionPosition(), "SBR",
                        "2000B", 0, 0), "The subscriber information (SBR) segment is missing.");
            }
            if (!subscriberHl.hasSubscriberName) {
                cx.at(ProblemKind.SEGMENT_IK304, "3", new Loc(l.filePosition(), l.transactionPosition(), "NM1",
                        "2010BA", 0, 0), "The subscriber name (NM1*IL, loop 2010BA) is missing.");
            }
            if (!subscriberHl.hasPayerName) {
                cx.at(ProblemKind.SEGMENT_IK304, "3", new Loc(l.filePosition(), l.transactionPosition(), "NM1",
                        "2010BB", 0, 0), "The payer name (NM1*PR, loop 2010BB) is missing.");
            }
        }
        subscriberHl = null;
    }

    // ---- names and addresses ----------------------------------------------------------------------------------

    private void nm1(ByteTokenizer r, TransactionContext cx) {
        Party p = typed ? new Party(code(nm101), "2".equals(r.element(2)), r.element(3), r.element(4),
                code(r.element(8)), r.element(9), null) : new Party(nm101, "2".equals(r.element(2)), r.element(3),
                r.element(4), r.element(8), r.element(9), null);
        slot = cx.loop;
        switch (cx.loop) {
            case "1000A" -> submitter = p;
            case "1000B" -> receiver = p;
            case "2010AA" -> {
                billing = p;
                if (billingHl != null) {
                    billingHl.has2010 = true;
                }
                if ("XX".equals(p.idQualifier())) {
                    billingNpi = p.id();
                    billingNpiLoc = cx.here(9, 0);
                }
            }
            case "2010BA" -> {
                subscriber = p;
                if (subscriberHl != null) {
                    subscriberHl.hasSubscriberName = true;
                }
            }
            case "2010BB" -> {
                payer = p;
                if (subscriberHl != null) {
                    subscriberHl.hasPayerName = true;
                }
            }
            case "2010CA" -> {
                patient = p;
                if (patientHl != null) {
                    patientHl.has2010 = true;
                }
            }
            default -> {
                if (claim != null) {
                    if ((!institutional && "2310B".equals(cx.loop)) || (institutional && "2310D".equals(cx.loop))) {
                        claim.rendering = p;
                    }
                    if ("XX".equals(p.idQualifier())) {
                        claim.npis.add(new String[] {p.id()});
                        claim.npiLocs.add(cx.here(9, 0));
                    }
                }
            }
        }
        n3a = "";
        n3b = "";
    }

    private void n4(ByteTokenizer r, TransactionContext cx) {
        Address a = new Address(n3a, n3b, r.element(1), r.element(2), r.element(3));
        if ("2010AA".equals(cx.loop)) {
            String zip = r.element(3);
            if (!zip.isEmpty() && (r.element(4).isEmpty() || "US".equals(r.element(4)))
                    && !Values.allDigits(zip, 9)) {
                cx.elementProblem("I12", 3, 0, "The billing provider ZIP code (N403) must have 9 digits (ZIP+4).");
            }
        }
        switch (slot) {
            case "1000A" -> submitter = submitter == null ? null : submitter.withAddress(a);
            case "2010AA" -> billing = billing == null ? null : billing.withAddress(a);
            case "2010BA" -> subscriber = subscriber == null ? null : subscriber.withAddress(a);
            case "2010BB" -> payer = payer == null ? null : payer.withAddress(a);
            case "2010CA" -> patient = patient == null ? null : patient.withAddress(a);
            default -> {
                // Addresses of other loops are validated but not typed.
            }
        }
    }

    // ---- claim ------------------------------------------------------------------------------------------------

    private void clm(ByteTokenizer r, TransactionContext cx) {
        claim = new ClaimDraft();
        otherSubscriber = false;
        claim.id = clmId;
        claim.charge = clmCharge;
        claim.loc = cx.here();
        claim.facility = r.component(5, 1);
        claim.frequency = r.component(5, 3);
        // Typed parties carry their loop's details; without typed documents they are not needed (throughput).
        // Claims of one level share one typed party, so that large files stay small in memory.
        if (typed) {
            typedBilling = shared(typedBilling, billing == null ? null
                    : billing.withProviderDetails(billingTaxId, billingTaxonomy, billingPhone));
            typedSubscriber = shared(typedSubscriber, subscriber == null ? null
                    : subscriber.withDemographics(subscriberBirth, code(subscriberGender)));
            typedPatient = shared(typedPatient, patient == null ? null
                    : patient.withDemographics(patientBirth, code(patientGender)));
        }
        claim.billing = typed ? typedBilling : billing;
        claim.subscriber = typed ? typedSubscriber : subscriber;
        claim.payer = payer;
        boolean patientLevel = "23".equals(level);
        claim.patient = patientLevel ? (typed ? typedPatient : patient) : claim.subscriber;
        claim.birth = patientLevel ? patientBirth : subscriberBirth;
        claim.priority = sbr01;
        claim.relationship = patientLevel ? pat01 : sbr02;
        claim.group = sbr03;
        String qualifier = r.component(5, 2);
        String expected = institutional ? "A" : "B";
        if (!r.isEmpty(5) && !qualifier.equals(expected)) {
            cx.elementProblem("7", 5, 2, "CLM05-2 must be '" + expected + "' in this claim type.");
        }
        if (!"22".equals(level) && !"23".equals(level)) {
            cx.segmentProblem("2", "A claim (CLM) must follow a subscriber or patient level (HL 22 or 23).");
        }
        if (++claimsInSubscriber > 100) {
            cx.segmentProblem("4", "More than 100 claims under one subscriber or patient (loop 2300 limit).");
        }
    }

    /** The shared instance of a short code value (at most 3 characters; at most 512 kept). */
    private String code(String v) {
        if (v.length() > 3) {
            return v;
        }
        String earlier = codes.get(v);
        if (earlier != null) {
            return earlier;
        }
        if (codes.size() < 512) {
            codes.put(v, v);
        }
        return v;
    }

    /** The earlier party when equal to the new one (one instance per level), else the new one. */
    private static Party shared(Party earlier, Party now) {
        return earlier != null && earlier.equals(now) ? earlier : now;
    }

    private void dtp(ByteTokenizer r, TransactionContext cx) {
        // The range read, or both null. Compared on the bytes: DTP*472*D8 repeats on every service line.
        LocalDate from = null;
        LocalDate to = null;
        if (r.elementIs(2, "D8")) {
            LocalDate d = r.isEmpty(3) ? null : date(r, 3);
            if (d == null && !r.isEmpty(3)) {
                cx.elementProblem("8", 3, 0, "DTP03 must be a valid date written CCYYMMDD.");
            } else if (d != null) {
                from = d;
                to = d;
            }
        } else if (r.elementIs(2, "RD8")) {
            String value = r.element(3);
            int dash = value.indexOf('-');
            LocalDate a = dash > 0 ? Values.date(value.substring(0, dash)) : null;
            LocalDate b = dash > 0 ? Values.date(value.substring(dash + 1)) : null;
            if (a == null || b == null || b.isBefore(a)) {
                cx.elementProblem("8", 3, 0, "DTP03 must be a valid date range written CCYYMMDD-CCYYMMDD.");
            } else {
                from = a;
                to = b;
            }
        }
        if (claim == null) {
            return;
        }
        if (line != null && r.elementIs(1, "472")) {
            line.hasDate = true;
            if (from != null) {
                line.from = from;
                line.to = to;
            }
        } else if (line == null && !otherSubscriber) {
            String qualifier = r.element(1);
            String format = r.element(2);
            if (from != null) {
                switch (qualifier) {
                    case "431" -> claim.onset = from;
                    case "439" -> claim.accident = from;
                    case "435" -> claim.admission = from;
                    default -> {
                        // Other claim dates are validated but not typed.
                    }
                }
            }
            if (institutional && "434".equals(qualifier)) {
                claim.hasDtp434 = true;
                if (!"RD8".equals(format)) {
                    cx.elementProblem("7", 2, 0, "The statement dates (DTP*434) must be a range (RD8).");
                }
            }
            if ((institutional && "434".equals(qualifier)) || (!institutional && "472".equals(qualifier))) {
                if (from != null) {
                    claim.from = from;
                    claim.to = to;
                }
            }
        }
    }

    /** {@link Values#date} of the (non-empty) element at {@code position}, remembering the last date read. */
    private LocalDate date(ByteTokenizer r, int position) {
        byte[] b = r.buffer();
        int from = r.elementStart(position);
        int to = r.elementEnd(position);
        if (to - from != 8) {
            return null;
        }
        long key = 0;
        for (int i = from; i < to; i++) {
            key = key << 8 | (b[i] & 0xFF);
        }
        if (key != lastDateKey) {
            lastDate = SegmentSpecs.parseDate(b, from, to);
            lastDateKey = key;
        }
        return lastDate;
    }

    private void ref(ByteTokenizer r, TransactionContext cx) {
        String qualifier = r.element(1);
        if ("2010AA".equals(cx.loop) && ("EI".equals(qualifier) || "SY".equals(qualifier))) {
            billingTaxId = r.element(2);
        } else if (claim != null && !otherSubscriber && line == null && "2300".equals(cx.loop)
                && "F8".equals(qualifier)) {
            claim.original = r.element(2);
        } else if (line != null && "2400".equals(cx.loop) && "6R".equals(qualifier)) {
            line.lineControl = r.element(2);
        }
    }

    /** The first telephone number (qualifier TE) of a PER segment, or empty. */
    private static String phone(ByteTokenizer r) {
        for (int i = 3; i + 1 <= r.elementCount(); i += 2) {
            if ("TE".equals(r.element(i))) {
                return r.element(i + 1);
            }
        }
        return "";
    }

    private void hi(ByteTokenizer r, TransactionContext cx) {
        if (claim == null || otherSubscriber || line != null) {
            return;
        }
        claim.hasHi = true;
        String firstQualifier = r.component(1, 1);
        if (!DIAGNOSIS_QUALIFIERS.contains(firstQualifier)) {
            return;
        }
        boolean principal = firstQualifier.equals("ABK") || firstQualifier.equals("BK");
        if (principal && ++claim.diagnosisHi > 1) {
            cx.segmentProblem("5", "The principal diagnosis HI segment appears more than once in the claim.");
        }
        boolean checkPointable = !institutional && POINTABLE.contains(firstQualifier);
        for (int i = 1; i <= r.elementCount(); i++) {
            if (r.isEmpty(i)) {
                continue;
            }
            String[] c = components(r, i);
            String q = c[0];
            String code = componentCount > 1 ? c[1] : "";
            if (checkPointable) {
                String want = i == 1 ? "ABK or BK" : "ABF or BF";
                boolean ok = i == 1 ? (q.equals("ABK") || q.equals("BK")) : (q.equals("ABF") || q.equals("BF"));
                if (!ok) {
                    cx.elementProblem("7", i, 1, String.format("HI%02d-1 must be %s here.", i, want));
                }
            }
            if (code.isEmpty()) {
                cx.elementProblem("1", i, 2, String.format("HI%02d-2 (diagnosis code) is missing.", i));
                continue;
            }
            claim.diagnoses.add(new Diagnosis(typed ? code(q) : q, code));
            claim.diagnosisLocs.add(cx.here(i, 2));
            if (POINTABLE.contains(q)) {
                claim.pointable.add(code);
            }
        }
    }

    private void lx(ByteTokenizer r, TransactionContext cx) {
        if (claim == null) {
            cx.segmentProblem("2", "A service line (LX) must be inside a claim.");
            return;
        }
        line = new LineDraft();
        line.loc = cx.here();
        Integer n = Values.integer(r, 1);
        line.number = n == null ? claim.lines.size() + 1 : n;
        if (n != null && n != claim.lines.size() + 1) {
            cx.elementProblem("7", 1, 0, "LX01 must number the service lines 1, 2, 3... within each claim; expected "
                    + (claim.lines.size() + 1) + ".");
        }
        claim.lines.add(line);
        int max = institutional ? 999 : 50;
        if (claim.lines.size() > max) {
            cx.segmentProblem("4", "A claim may have at most " + max + " service lines (loop 2400).");
        }
    }

    private void sv1(ByteTokenizer r, TransactionContext cx) {
        if (line == null) {
            return;
        }
        line.hasService = true;
        line.svLoc = cx.here();
        readProcedure(r, 1);
        line.charge = Values.decimal(r, 2);
        line.unitType = r.element(3);
        line.units = Values.decimal(r, 4);
        line.pos = r.element(5);
        int count = r.componentBounds(7, bounds);
        if (2 * count > bounds.length) {
            bounds = new int[2 * count];
            r.componentBounds(7, bounds);
        }
        for (int c = 1; c <= count; c++) {
            int from = bounds[2 * c - 2];
            int to = bounds[2 * c - 1];
            if (from == to) {
                continue;
            }
            Integer value = Values.integer(r.buffer(), from, to);
            if (value == null || to - from > 2) {
                cx.elementProblem("6", 7, c, "SV107 diagnosis pointers must be numbers 1 to 12.");
            } else {
                line.pointers.add(value);
            }
        }
        if (!line.qualifier.isEmpty() && !PROCEDURE_QUALIFIERS.contains(line.qualifier)) {
            cx.elementProblem("7", 1, 1, "SV101-1 must be HC (HCPCS/CPT), ER, IV or WK.");
        }
    }

    /** The procedure composite (qualifier, code, up to four modifiers) of SV1 or SV2 at {@code element}. */
    private void readProcedure(ByteTokenizer r, int element) {
        String[] c = components(r, element);
        line.qualifier = componentCount > 0 ? c[0] : "";
        line.code = componentCount > 1 ? c[1] : "";
        for (int k = 2; k < Math.min(componentCount, 6); k++) {
            if (!c[k].isEmpty()) {
                if (line.modifiers.isEmpty()) {
                    line.modifiers = new ArrayList<>(4);
                }
                line.modifiers.add(c[k]);
            }
        }
    }

    /**
     * The components of element {@code position} in one pass over the segment (rather than one scan per
     * component); valid until the next call. Their number is in {@link #componentCount}.
     */
    private String[] components(ByteTokenizer r, int position) {
        componentCount = r.components(position, parts);
        if (componentCount > parts.length) {
            parts = new String[componentCount];
            r.components(position, parts);
        }
        return parts;
    }

    private void sv2(ByteTokenizer r, TransactionContext cx) {
        if (line == null) {
            return;
        }
        line.hasService = true;
        line.svLoc = cx.here();
        line.revenue = r.element(1);
        readProcedure(r, 2);
        line.charge = Values.decimal(r.element(3));
        line.unitType = r.element(4);
        line.units = Values.decimal(r.element(5));
    }

    private void endLine(TransactionContext cx) {
        if (line == null) {
            return;
        }
        if (!line.hasService) {
            cx.at(ProblemKind.SEGMENT_IK304, "3", new Loc(line.loc.filePosition(), line.loc.transactionPosition(),
                    institutional ? "SV2" : "SV1", "2400", 0, 0), "The service line has no "
                    + (institutional ? "SV2 (institutional service)" : "SV1 (professional service)") + " segment.");
        }
        if (!institutional && !line.hasDate && claim.from == null) {
            cx.at(ProblemKind.SEGMENT_IK304, "3", new Loc(line.loc.filePosition(), line.loc.transactionPosition(),
                    "DTP", "2400", 0, 0), "The service line has no service date (DTP*472).");
        }
        line = null;
    }

    private void endClaim(TransactionContext cx) {
        if (claim == null) {
            return;
        }
        endLine(cx);
        ClaimDraft c = claim;
        Loc l = c.loc;
        if (!c.hasHi) {
            cx.at(ProblemKind.SEGMENT_IK304, "3", new Loc(l.filePosition(), l.transactionPosition(), "HI", "2300", 0,
                    0), "The claim has no diagnosis (HI) segment.");
        }
        if (c.lines.isEmpty()) {
            cx.at(ProblemKind.SEGMENT_IK304, "I7", new Loc(l.filePosition(), l.transactionPosition(), "LX", "2400",
                    0, 0), "The claim has no service line (loop 2400).");
        }
        if (institutional && !c.hasCl1) {
            cx.at(ProblemKind.SEGMENT_IK304, "3", new Loc(l.filePosition(), l.transactionPosition(), "CL1", "2300",
                    0, 0), "The institutional claim code (CL1) segment is missing.");
        }
        if (institutional && !c.hasDtp434) {
            cx.at(ProblemKind.SEGMENT_IK304, "3", new Loc(l.filePosition(), l.transactionPosition(), "DTP", "2300",
                    0, 0), "The statement dates (DTP*434) are missing.");
        }
        claimEdits(c, cx);
        if (typed) {
            addTypedClaim(c);
        }
        cx.endClaim();
        claim = null;
        otherSubscriber = false;
    }

    private void addTypedClaim(ClaimDraft c) {
        List<ServiceLine> lines = new ArrayList<>(c.lines.size());
        for (LineDraft d : c.lines) {
            lines.add(new ServiceLine(d.number, d.revenue, code(d.qualifier), d.code, d.modifiers, d.charge,
                    code(d.unitType), d.units, code(d.pos), d.pointers, d.from != null ? d.from : c.from,
                    d.to != null ? d.to : c.to,
                    d.lineControl, d.ndcQualifier, d.ndc, d.loc.filePosition(), d.loc.transactionPosition()));
        }
        claims.add(new Claim(c.id, c.charge, code(c.facility), code(c.frequency), c.billing, c.subscriber, c.patient,
                c.birth, c.payer, c.rendering, c.from, c.to, c.diagnoses, lines, c.original, c.onset, c.accident,
                c.admission, code(c.priority), code(c.relationship), c.group, c.loc.filePosition(),
                c.loc.transactionPosition()));
    }

    /** Balancing and payer-independent front-end edits; each failure rejects the claim. */
    private void claimEdits(ClaimDraft c, TransactionContext cx) {
        Loc l = c.loc;
        String chargeElement = institutional ? "SV203" : "SV102";
        if (c.charge != null) {
            if (c.charge.signum() < 0) {
                cx.claimEdit("NEGATIVE_CHARGE", l.at(2, 0), "The total claim charge (CLM02) must not be negative.");
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (LineDraft d : c.lines) {
                if (d.charge == null) {
                    complete = false;
                } else {
                    sum = sum.add(d.charge);
                }
            }
            if (complete && !c.lines.isEmpty() && sum.compareTo(c.charge) != 0) {
                cx.claimEdit("CHARGE_BALANCE", l.at(2, 0), "The total claim charge (CLM02) is "
                        + c.charge.toPlainString() + " but the service line charges (" + chargeElement
                        + ") add up to " + sum.toPlainString() + ".");
            }
        }
        if (!c.facility.isEmpty() && !Values.allDigits(c.facility, 2)) {
            cx.claimEdit(institutional ? "FACILITY_TYPE" : "PLACE_OF_SERVICE", l.at(5, 1), institutional
                    ? "The facility type code (CLM05-1) must be 2 digits."
                    : "The place of service (CLM05-1) must be 2 digits.");
        }
        if (!c.frequency.isEmpty() && !FREQUENCIES.contains(c.frequency)) {
            cx.claimEdit("FREQUENCY_CODE", l.at(5, 3), "The claim frequency code (CLM05-3) must be 1 (original), "
                    + "7 (replacement) or 8 (void).");
        }
        if (!billingNpi.isEmpty() && billingNpiLoc != null && !Values.validNpi(billingNpi)) {
            cx.claimEdit("NPI_CHECK_DIGIT", billingNpiLoc, "The billing provider NPI fails the NPI check digit test.");
        }
        for (int i = 0; i < c.npis.size(); i++) {
            if (!Values.validNpi(c.npis.get(i)[0])) {
                Loc nl = c.npiLocs.get(i);
                cx.claimEdit("NPI_CHECK_DIGIT", nl, "The provider NPI in loop " + nl.loopId()
                        + " fails the NPI check digit test.");
            }
        }
        LocalDate firstService = c.from;
        for (LineDraft d : c.lines) {
            if (d.from != null && (firstService == null || d.from.isBefore(firstService))) {
                firstService = d.from;
            }
        }
        boolean icd10Era = firstService != null && !firstService.isBefore(ICD10_START);
        for (int i = 0; i < c.diagnoses.size(); i++) {
            Diagnosis d = c.diagnoses.get(i);
            Loc dl = c.diagnosisLocs.get(i);
            if (d.qualifier().startsWith("AB") || d.qualifier().equals("APR")) {
                if (d.code().indexOf('.') >= 0) {
                    cx.claimEdit("ICD10_FORMAT", dl, "ICD-10 diagnosis codes are sent without the decimal point.");
                } else if (!isIcd10(d.code())) {
                    cx.claimEdit("ICD10_FORMAT", dl, "The diagnosis code is not a well-formed ICD-10-CM code.");
                }
            } else if (icd10Era) {
                cx.claimEdit("ICD9_AFTER_ICD10_DATE", dl.at(dl.element(), 1), "ICD-9 diagnosis qualifiers (BK/BF) "
                        + "cannot be used for services on or after 1 October 2015; use ABK/ABF with ICD-10 codes.");
            }
            if (seenBefore(c.diagnoses, i)) {
                cx.claimEdit("DUPLICATE_DIAGNOSIS", dl, "The same diagnosis code is listed more than once.");
            }
        }
        for (LineDraft d : c.lines) {
            Loc sv = d.svLoc != null ? d.svLoc : d.loc;
            int chargeEl = institutional ? 3 : 2;
            int unitsEl = institutional ? 5 : 4;
            int procEl = institutional ? 2 : 1;
            if (d.charge != null && d.charge.signum() < 0) {
                cx.claimEdit("NEGATIVE_CHARGE", sv.at(chargeEl, 0), "The service line charge must not be negative.");
            }
            if (d.units != null && d.units.signum() <= 0) {
                cx.claimEdit("UNITS_NOT_POSITIVE", sv.at(unitsEl, 0), "The service units must be greater than 0.");
            }
            if ("HC".equals(d.qualifier) && !d.code.isEmpty() && !isProcedureCode(d.code)) {
                cx.claimEdit("PROCEDURE_CODE_FORMAT", sv.at(procEl, 2), "The procedure code must be a 5-digit CPT "
                        + "code or a HCPCS code (a letter and 4 digits).");
            }
            for (int m = 0; m < d.modifiers.size(); m++) {
                if (!isModifier(d.modifiers.get(m))) {
                    cx.claimEdit("MODIFIER_FORMAT", sv.at(procEl, 3 + m), "Procedure modifiers must be 2 letters or "
                            + "digits.");
                }
            }
            if (!d.pos.isEmpty() && !Values.allDigits(d.pos, 2)) {
                cx.claimEdit("PLACE_OF_SERVICE", sv.at(5, 0), "The line place of service (SV105) must be 2 digits.");
            }
            for (int p = 0; p < d.pointers.size(); p++) {
                int ptr = d.pointers.get(p);
                if (ptr < 1 || ptr > c.pointable.size()) {
                    cx.claimEdit("DIAGNOSIS_POINTER", sv.at(7, p + 1), "Diagnosis pointer " + ptr
                            + " does not point to a diagnosis code of the claim (it has " + c.pointable.size() + ").");
                }
            }
            LocalDate from = d.from != null ? d.from : c.from;
            LocalDate to = d.to != null ? d.to : c.to;
            if (to != null && bht04 != null && to.isAfter(bht04)) {
                cx.claimEdit("SERVICE_DATE_AFTER_SUBMISSION", d.loc, "Line " + d.number + " has a service date after "
                        + "the date the claim file was created (BHT04).");
            }
            if (from != null && c.birth != null && from.isBefore(c.birth)) {
                cx.claimEdit("SERVICE_DATE_BEFORE_BIRTH", d.loc, "Line " + d.number + " has a service date before "
                        + "the patient's date of birth.");
            }
        }
    }

    private static boolean seenBefore(List<Diagnosis> diagnoses, int index) {
        String code = diagnoses.get(index).code();
        for (int k = 0; k < index; k++) {
            if (diagnoses.get(k).code().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** CPT (5 digits, or 4 digits and F/T/U) or HCPCS level II (a letter and 4 digits). */
    static boolean isProcedureCode(String v) {
        if (v.length() != 5) {
            return false;
        }
        for (int i = 1; i < 4; i++) {
            if (!digit(v.charAt(i))) {
                return false;
            }
        }
        char first = v.charAt(0);
        char last = v.charAt(4);
        if (upper(first)) {
            return digit(last);
        }
        return digit(first) && (digit(last) || last == 'F' || last == 'T' || last == 'U');
    }

    static boolean isModifier(String v) {
        return v.length() == 2 && (digit(v.charAt(0)) || upper(v.charAt(0)))
                && (digit(v.charAt(1)) || upper(v.charAt(1)));
    }

    /** ICD-10-CM shape without decimal point: letter, digit, then 1 to 5 letters or digits. */
    static boolean isIcd10(String v) {
        if (v.length() < 3 || v.length() > 7 || !upper(v.charAt(0)) || !digit(v.charAt(1))) {
            return false;
        }
        for (int i = 2; i < v.length(); i++) {
            if (!digit(v.charAt(i)) && !upper(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void end(TransactionContext cx) {
        endClaim(cx);
        close2000C(cx);
        close2000B(cx);
        close2000A(cx);
        if (submitter == null) {
            cx.segmentProblem("3", "The submitter name (NM1*41, loop 1000A) is missing.");
        }
        if (receiver == null) {
            cx.segmentProblem("3", "The receiver name (NM1*40, loop 1000B) is missing.");
        }
        if (hls.inOrder.stream().noneMatch(h -> h.level.equals("20"))) {
            cx.segmentProblem("I7", "The transaction has no billing provider level (HL*20, loop 2000A).");
        }
        for (Hl h : hls.inOrder) {
            if ("1".equals(h.hl04) && !h.hasChild) {
                cx.at(ProblemKind.ELEMENT_IK403, "7", h.loc.at(4, 0), "HL04 says this level has children, but none "
                        + "follow.");
            } else if ("0".equals(h.hl04) && h.hasChild) {
                cx.at(ProblemKind.ELEMENT_IK403, "7", h.loc.at(4, 0), "HL04 says this level has no children, but "
                        + "some follow.");
            }
        }
    }

    @Override
    public TransactionDocument document() {
        return new ClaimTransaction(header, institutional ? ClaimType.INSTITUTIONAL : ClaimType.PROFESSIONAL,
                bht03, bht04, submitter, receiver, claims);
    }
}
