package org.oa.edi.internal.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.oa.edi.document.InterchangeAcknowledgment;
import org.oa.edi.document.TransactionHeader;
import org.oa.edi.internal.stream.ByteTokenizer;
import org.oa.edi.stream.X12Event;
import org.oa.edi.validation.AckCode;
import org.oa.edi.validation.GroupHeader;
import org.oa.edi.validation.GroupResult;
import org.oa.edi.validation.InterchangeHeader;
import org.oa.edi.validation.InterchangeResult;
import org.oa.edi.validation.Problem;
import org.oa.edi.validation.ProblemKind;
import org.oa.edi.validation.TransactionResult;
import org.oa.edi.validation.ValidationListener;
import org.oa.edi.validation.ValidationReport;

/**
 * Drives one pass over a reader: envelope checks (ISA/IEA, GS/GE, ST/SE control numbers and counts), dispatch of
 * each transaction set to its handler, and results to a listener. Memory is bounded by one transaction set.
 */
public final class ValidationEngine {

    private static final int MAX_ENVELOPE_PROBLEMS = 100;
    private static final int[] ISA_WIDTHS = {2, 10, 2, 10, 2, 15, 2, 15, 6, 4, 1, 5, 9, 1, 1, 1};
    private static final String[] ISA_NOTES = {"010", "011", "012", "013", "005", "006", "007", "008", "014",
        "015", "016", "017", "018", "019", "020", "027"};

    private final ByteTokenizer r;
    private final ValidationListener listener;
    private final boolean retain;
    private final int maxProblems;
    private final boolean typed;

    private final List<Problem> fileProblems = new ArrayList<>();
    private final List<InterchangeResult> interchanges = new ArrayList<>();
    private long claimsAccepted;
    private long claimsRejected;

    private InterchangeHeader isa;
    private List<Problem> isaProblems;
    private List<GroupResult> groups;
    private int groupCount;
    private final Set<String> isaControls = new HashSet<>();

    private GroupHeader gs;
    private List<Problem> gsProblems;
    private List<TransactionResult> transactions;
    private int received;
    private int accepted;
    private boolean anyEdits;
    private Set<String> stControls;

    private TransactionContext cx;
    private TransactionHandler handler;

    public ValidationEngine(ByteTokenizer r, ValidationListener listener, boolean retain, int maxProblems) {
        this.r = r;
        this.listener = listener;
        this.retain = retain;
        this.maxProblems = maxProblems;
        this.typed = listener.wantsDocuments();
    }

    /** Reads everything and returns the report; never throws for bad data. */
    public ValidationReport run() {
        while (r.hasNext()) {
            X12Event e = r.next();
            switch (e) {
                case START_INTERCHANGE -> startInterchange();
                case START_GROUP -> startGroup();
                case START_TRANSACTION -> startTransaction();
                case SEGMENT -> segment();
                case END_TRANSACTION -> endTransaction();
                case END_GROUP -> endGroup();
                case END_INTERCHANGE -> endInterchange();
                case PROBLEM -> problem(r.problem());
                default -> throw new IllegalStateException("unknown event " + e);
            }
        }
        if (isa != null) {
            envelope("023", "The file ends before the IEA interchange trailer; it looks truncated.");
            closeInterchange();
        }
        if (!r.isX12() && fileProblems.isEmpty()) {
            Problem empty = new Problem(ProblemKind.INTERCHANGE_TA1, "022", Problem.Severity.ERROR, 0, 0, "", "", 0,
                    0, 0, "", "The file is empty or contains only blanks; it is not X12.");
            fileProblems.add(empty);
            listener.fileProblem(empty);
        }
        return new ValidationReport(r.isX12(), fileProblems, interchanges, claimsAccepted, claimsRejected);
    }

    // ---- interchange ------------------------------------------------------------------------------------------

    private void startInterchange() {
        if (isa != null) {
            envelope("023", "The IEA interchange trailer is missing before the next ISA.");
            closeInterchange();
        }
        String[] v = new String[17];
        for (int i = 1; i <= 16; i++) {
            v[i] = r.element(i);
        }
        isa = new InterchangeHeader(v[5].trim(), v[6].trim(), v[7].trim(), v[8].trim(), v[9], v[10], v[12],
                v[13], "P".equals(v[15]), r.delimiters());
        isaProblems = new ArrayList<>();
        groups = new ArrayList<>();
        groupCount = 0;
        if (r.elementCount() != 16) {
            envelope("024", "The ISA header must have exactly 16 elements; it has " + r.elementCount() + ".");
        }
        for (int i = 1; i <= 16; i++) {
            if (v[i].length() != ISA_WIDTHS[i - 1]) {
                envelope(ISA_NOTES[i - 1], String.format("ISA%02d must be exactly %d characters long.", i,
                        ISA_WIDTHS[i - 1]));
            }
        }
        if (!Set.of("00", "03").contains(v[1])) {
            envelope("010", "ISA01 (authorization information qualifier) must be 00 or 03.");
        }
        if (!Set.of("00", "01").contains(v[3])) {
            envelope("012", "ISA03 (security information qualifier) must be 00 or 01.");
        }
        Set<String> qualifiers = Set.of("01", "14", "20", "27", "28", "29", "30", "33", "ZZ");
        if (!qualifiers.contains(v[5])) {
            envelope("005", "ISA05 (sender ID qualifier) is not a valid code.");
        }
        if (!qualifiers.contains(v[7])) {
            envelope("007", "ISA07 (receiver ID qualifier) is not a valid code.");
        }
        if (SegmentSpecs.parseDate("20" + v[9]) == null) {
            envelope("014", "ISA09 (interchange date) is not a valid date YYMMDD.");
        }
        if (v[10].length() != 4 || !SegmentSpecs.isTime(v[10])) {
            envelope("015", "ISA10 (interchange time) is not a valid time HHMM.");
        }
        if (!"00501".equals(v[12])) {
            envelope("017", "ISA12 (interchange version) must be 00501 for HIPAA 5010.");
        }
        if (!Values.allDigits(v[13], 9)) {
            envelope("018", "ISA13 (interchange control number) must be 9 digits.");
        } else if (!isaControls.add(v[13])) {
            envelope("025", "The interchange control number (ISA13) is used twice in this file.");
        }
        if (!Set.of("0", "1").contains(v[14])) {
            envelope("019", "ISA14 (acknowledgment requested) must be 0 or 1.");
        }
        if (!Set.of("P", "T").contains(v[15])) {
            envelope("020", "ISA15 (usage indicator) must be P (production) or T (test).");
        }
        listener.interchangeStarted(isa);
    }

    private void envelope(String code, String message) {
        if (isaProblems.size() < MAX_ENVELOPE_PROBLEMS) {
            isaProblems.add(new Problem(ProblemKind.INTERCHANGE_TA1, code, Problem.Severity.ERROR,
                    r.segmentPosition(), 0, r.event() == X12Event.PROBLEM ? "" : r.segmentId(), "", 0, 0, 0, "",
                    message));
        }
    }

    private void endInterchange() {
        if (isa == null) {
            fileProblems.add(problemHere(ProblemKind.INTERCHANGE_TA1, "024",
                    "An IEA trailer was found without its ISA header."));
            return;
        }
        closeGroupIfOpen();
        if (!r.element(1).equals(String.valueOf(groupCount))) {
            envelope("021", "IEA01 says " + r.element(1) + " functional groups but the interchange has " + groupCount
                    + ".");
        }
        if (!r.element(2).equals(isa.controlNumber())) {
            envelope("001", "The interchange control number in IEA02 does not match ISA13.");
        }
        closeInterchange();
    }

    private void closeGroupIfOpen() {
        if (cx != null) {
            transactionProblem("2", "The SE transaction set trailer is missing.");
            closeTransaction();
        }
        if (gs != null) {
            gsProblems.add(problemHere(ProblemKind.GROUP_AK905, "3", "The GE functional group trailer is missing."));
            closeGroup();
        }
    }

    private void closeInterchange() {
        if (cx != null || gs != null) {
            closeGroupIfOpen();
        }
        InterchangeResult result = new InterchangeResult(isa, isaProblems, groups);
        interchanges.add(result);
        listener.interchangeValidated(result);
        isa = null;
    }

    // ---- group ------------------------------------------------------------------------------------------------

    private void startGroup() {
        if (isa == null) {
            return;
        }
        closeGroupIfOpen();
        gs = new GroupHeader(r.element(1), r.element(2), r.element(3), r.element(6), r.element(8));
        gsProblems = new ArrayList<>();
        transactions = new ArrayList<>();
        received = 0;
        accepted = 0;
        anyEdits = false;
        stControls = new HashSet<>();
        groupCount++;
        String control = r.element(6);
        if (control.isEmpty() || control.length() > 9 || !Values.allDigits(control, control.length())) {
            gsProblems.add(problemHere(ProblemKind.GROUP_AK905, "6",
                    "The group control number (GS06) must be 1 to 9 digits."));
        }
        if (!r.element(8).startsWith("005010")) {
            gsProblems.add(problemHere(ProblemKind.GROUP_AK905, "2",
                    "The group version (GS08) is not a 5010 version."));
        }
        listener.groupStarted(gs);
    }

    private void endGroup() {
        if (cx != null) {
            transactionProblem("2", "The SE transaction set trailer is missing.");
            closeTransaction();
        }
        if (gs == null) {
            envelope("024", "A GE trailer was found without its GS header.");
            return;
        }
        if (!r.element(1).equals(String.valueOf(received))) {
            gsProblems.add(problemHere(ProblemKind.GROUP_AK905, "5", "GE01 says " + r.element(1)
                    + " transaction sets but the group has " + received + "."));
        }
        if (!r.element(2).equals(gs.controlNumber())) {
            gsProblems.add(problemHere(ProblemKind.GROUP_AK905, "4",
                    "The group control number in GE02 does not match GS06."));
        }
        closeGroup();
    }

    private void closeGroup() {
        boolean groupError = gsProblems.stream().anyMatch(Problem::isError);
        AckCode status;
        if (groupError || accepted == 0) {
            status = AckCode.REJECTED;
        } else if (accepted < received) {
            status = AckCode.PARTIALLY_ACCEPTED;
        } else if (anyEdits) {
            status = AckCode.ACCEPTED_WITH_ERRORS;
        } else {
            status = AckCode.ACCEPTED;
        }
        GroupResult result = new GroupResult(gs, status, received, groupError ? 0 : accepted, gsProblems,
                retain ? transactions : List.of());
        groups.add(result);
        listener.groupValidated(result);
        gs = null;
    }

    private Problem problemHere(ProblemKind kind, String code, String message) {
        return new Problem(kind, code, Problem.Severity.ERROR, r.segmentPosition(), 0,
                r.event() == X12Event.PROBLEM ? "" : r.segmentId(), "", 0, 0, 0, "", message);
    }

    // ---- transaction ------------------------------------------------------------------------------------------

    private void startTransaction() {
        if (cx != null) {
            transactionProblem("2", "The SE transaction set trailer is missing before the next ST.");
            closeTransaction();
        }
        if (isa == null) {
            return;
        }
        if (gs == null) {
            envelope("024", "A transaction set (ST) was found outside a functional group (GS/GE).");
            gs = new GroupHeader("", "", "", "", "");
            gsProblems = new ArrayList<>();
            gsProblems.add(problemHere(ProblemKind.GROUP_AK905, "3", "The GS functional group header is missing."));
            transactions = new ArrayList<>();
            received = 0;
            accepted = 0;
            anyEdits = false;
            stControls = new HashSet<>();
            groupCount++;
            listener.groupStarted(gs);
        }
        String setId = r.element(1);
        String control = r.element(2);
        String st03 = r.element(3);
        String implementation = st03.isEmpty() ? gs.version() : st03;
        TransactionHeader header = new TransactionHeader(setId, control, st03);
        cx = new TransactionContext(r, setId, control, implementation, r.segmentPosition(), maxProblems);
        received++;
        handler = switch (setId) {
            case "837" -> {
                cx.loop = "";
                yield new ClaimHandler(implementation.contains("X223"), header, typed);
            }
            case "835" -> new RemittanceHandler(header);
            case "999" -> new AcknowledgmentHandler(header);
            case "277" -> new StatusHandler(header);
            default -> new GenericHandler(header);
        };
        if (!Set.of("837", "835", "999", "277", "270", "271", "276", "834").contains(setId)) {
            transactionProblem("1", "Transaction set " + (SegmentSpecs.isSyntacticId("X" + setId) ? setId : "")
                    + " is not supported.");
        }
        if (control.length() < 4 || control.length() > 9) {
            transactionProblem("7", "The transaction set control number (ST02) must have 4 to 9 characters.");
        } else if (!stControls.add(control)) {
            transactionProblem("23", "The transaction set control number (ST02) is used twice in this group.");
        }
        if (setId.equals("837")) {
            if (st03.isEmpty()) {
                cx.elementProblem("1", 3, 0, "ST03 (implementation convention reference) is required for an 837.");
            } else if (!st03.equals(gs.version())) {
                cx.elementProblem("7", 3, 0, "ST03 must be the same as the group version (GS08).");
            }
        }
    }

    private void transactionProblem(String code, String message) {
        cx.add(new Problem(ProblemKind.TRANSACTION_IK502, code, Problem.Severity.ERROR, r.segmentPosition(),
                r.transactionSegmentPosition(), r.event() == X12Event.PROBLEM ? "" : r.segmentId(), "", 0, 0, 0, "",
                message));
    }

    private void segment() {
        if (cx != null) {
            handler.segment(r, cx);
            return;
        }
        if (isa == null) {
            return;
        }
        if ("TA1".equals(r.segmentId())) {
            listener.interchangeAcknowledgment(new InterchangeAcknowledgment(r.element(1), r.element(2),
                    r.element(3), r.element(4), r.element(5)));
            return;
        }
        envelope("024", "Segment " + (SegmentSpecs.isSyntacticId(r.segmentId()) ? r.segmentId() + " " : "")
                + "is outside a transaction set (ST/SE).");
    }

    private void endTransaction() {
        if (cx == null) {
            if (isa != null) {
                envelope("024", "An SE trailer was found without its ST header.");
            }
            return;
        }
        String count = r.element(1);
        int actual = r.transactionSegmentPosition();
        if (!count.equals(String.valueOf(actual))) {
            transactionProblem("4", "SE01 says " + count + " segments but the transaction set has " + actual + ".");
        }
        if (!r.element(2).equals(cx.controlNumber)) {
            transactionProblem("3", "The transaction set control number in SE02 does not match ST02.");
        }
        closeTransaction();
    }

    private void closeTransaction() {
        handler.end(cx);
        TransactionResult result = cx.finish();
        if (result.accepted()) {
            accepted++;
        }
        if (result.status() == AckCode.ACCEPTED_WITH_ERRORS) {
            anyEdits = true;
        }
        for (var c : result.claims()) {
            if (c.accepted()) {
                claimsAccepted++;
            } else {
                claimsRejected++;
            }
        }
        if (retain) {
            transactions.add(result);
        }
        listener.transactionValidated(result, typed ? handler.document() : null);
        cx = null;
        handler = null;
    }

    // ---- lexical problems -------------------------------------------------------------------------------------

    private void problem(Problem p) {
        if (p.kind() == ProblemKind.INTERCHANGE_TA1 || isa == null) {
            if (isa != null) {
                if (isaProblems.size() < MAX_ENVELOPE_PROBLEMS) {
                    isaProblems.add(p);
                }
            } else {
                fileProblems.add(p);
                listener.fileProblem(p);
            }
            return;
        }
        if (cx != null) {
            cx.add(new Problem(p.kind(), p.code(), p.severity(), p.fileSegmentPosition(), p.segmentPosition(),
                    p.segmentId(), cx.loop, 0, 0, 0, cx.currentClaimId(), p.message()));
        } else {
            envelope("024", p.message());
        }
    }
}
