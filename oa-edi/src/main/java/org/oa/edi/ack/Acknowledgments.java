package org.oa.edi.ack;

import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.stream.Delimiters;
import org.oa.edi.stream.X12Writer;
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
 * Writes 999 (X231A1) and TA1 acknowledgments from validation results. One 999 transaction set answers one
 * functional group; the 999 interchange swaps the sender and receiver of the original ISA. Instances are
 * listeners for streaming use and are not thread-safe.
 */
public final class Acknowledgments implements ValidationListener {

    private static final int MAX_IK3 = 999;

    private final X12Writer out;
    private final LocalDateTime now;
    private long interchangeControl;
    private long groupControl = 1;
    private InterchangeHeader isa;
    private boolean isaWritten;

    private Acknowledgments(OutputStream out, LocalDateTime now, long firstControlNumber) {
        this.out = X12Writer.create(out, Delimiters.DEFAULT, true);
        this.now = Objects.requireNonNull(now, "now");
        if (firstControlNumber < 1 || firstControlNumber > 999_999_999L) {
            throw new IllegalArgumentException("firstControlNumber must be 1..999999999");
        }
        this.interchangeControl = firstControlNumber;
    }

    /**
     * A listener that writes a 999 for every group to {@code out} while a file is validated (pass it to
     * {@code X12Validator.validate(input, listener)}).
     *
     * @param firstControlNumber ISA13 of the first 999 interchange; later ones count up
     */
    public static Acknowledgments ack999Writer(OutputStream out, LocalDateTime now, long firstControlNumber) {
        return new Acknowledgments(out, now, firstControlNumber);
    }

    /** Writes the 999s of a report validated with {@code X12Validator.validate(input)} (transactions retained). */
    public static void write999(ValidationReport report, OutputStream out, LocalDateTime now,
            long firstControlNumber) {
        Acknowledgments w = new Acknowledgments(out, now, firstControlNumber);
        for (InterchangeResult i : report.interchanges()) {
            w.interchangeStarted(i.header());
            for (GroupResult g : i.groups()) {
                w.groupStarted(g.header());
                for (TransactionResult t : g.transactions()) {
                    w.transactionValidated(t, null);
                }
                w.groupValidated(g);
            }
            w.interchangeValidated(i);
        }
        w.out.flush();
    }

    /**
     * Writes one TA1 interchange per interchange of the report: TA104 {@code A} with note 000 when the envelope
     * is sound, otherwise {@code R} with the first TA1 note code.
     */
    public static void writeTa1(ValidationReport report, OutputStream out, LocalDateTime now,
            long firstControlNumber) {
        X12Writer w = X12Writer.create(out, Delimiters.DEFAULT, true);
        long control = firstControlNumber;
        for (InterchangeResult i : report.interchanges()) {
            InterchangeHeader h = i.header();
            w.startInterchange(fit(h.receiverQualifier(), 2), fit(h.receiverId(), 15), fit(h.senderQualifier(), 2),
                    fit(h.senderId(), 15), now, control++, false, h.production());
            w.segment("TA1", digits9(h.controlNumber()), fitDate(h.date()), fitTime(h.time()),
                    i.envelopeAccepted() ? "A" : "R", i.ta1NoteCode());
            w.endInterchange();
        }
        w.flush();
    }

    @Override
    public void interchangeStarted(InterchangeHeader header) {
        isa = header;
        isaWritten = false;
    }

    @Override
    public void groupStarted(GroupHeader header) {
        if (!isaWritten) {
            out.startInterchange(fit(isa.receiverQualifier(), 2), fit(isa.receiverId(), 15),
                    fit(isa.senderQualifier(), 2), fit(isa.senderId(), 15), now, interchangeControl, false,
                    isa.production());
            interchangeControl = interchangeControl % 999_999_999L + 1;
            isaWritten = true;
        }
        out.startGroup("FA", orDefault(header.receiverCode(), "RECEIVER"), orDefault(header.senderCode(), "SENDER"),
                now, groupControl, "005010X231A1");
        groupControl = groupControl % 999_999_999L + 1;
        out.startTransaction("999", "0001", "005010X231A1");
        List<String> ak1 = new ArrayList<>(List.of(orDefault(header.functionalId(), "HC"),
                orDefault(header.controlNumber(), "0")));
        if (!header.version().isEmpty()) {
            ak1.add(header.version());
        }
        out.segment("AK1", ak1);
    }

    @Override
    public void transactionValidated(TransactionResult t, TransactionDocument document) {
        out.segment("AK2", t.transactionSetId(), t.controlNumber(), t.implementationReference());
        List<String> ik502 = new ArrayList<>();
        int ik3 = 0;
        int i = 0;
        List<Problem> ps = new ArrayList<>(t.problems());
        ps.sort(Comparator.comparingLong(Problem::fileSegmentPosition));
        while (i < ps.size()) {
            Problem p = ps.get(i);
            if (p.kind() == ProblemKind.TRANSACTION_IK502) {
                if (p.isError() && ik502.size() < 5 && !ik502.contains(p.code())) {
                    ik502.add(p.code());
                }
                i++;
                continue;
            }
            if ((p.kind() != ProblemKind.SEGMENT_IK304 && p.kind() != ProblemKind.ELEMENT_IK403)
                    || !p.isError() || p.segmentPosition() == 0 || ik3 >= MAX_IK3) {
                i++;
                continue;
            }
            // One IK3 per segment: its own segment codes, or 8 when only element errors.
            int j = i;
            String segmentCode = null;
            while (j < ps.size() && ps.get(j).segmentPosition() == p.segmentPosition()
                    && ps.get(j).fileSegmentPosition() == p.fileSegmentPosition()) {
                if (ps.get(j).kind() == ProblemKind.SEGMENT_IK304 && segmentCode == null) {
                    segmentCode = ps.get(j).code();
                }
                j++;
            }
            String loop = p.loopId().length() > 4 ? p.loopId().substring(0, 4) : p.loopId();
            List<String> ik3e = new ArrayList<>(List.of(p.segmentId().isEmpty() ? "ZZZ" : p.segmentId(),
                    String.valueOf(p.segmentPosition()), loop, segmentCode == null ? "8" : segmentCode));
            out.segment("IK3", ik3e);
            ik3++;
            if (!p.claimId().isEmpty() && p.claimId().length() <= 30 && safe(p.claimId())) {
                out.segment("CTX", "CLM01:" + p.claimId());
            }
            for (int k = i; k < j; k++) {
                Problem e = ps.get(k);
                if (e.kind() == ProblemKind.ELEMENT_IK403 && e.isError() && e.elementPosition() > 0) {
                    String position = e.componentPosition() > 0 ? e.elementPosition() + ":" + e.componentPosition()
                            : String.valueOf(e.elementPosition());
                    out.segment("IK4", position, "", e.code());
                }
            }
            i = j;
        }
        List<String> ik5 = new ArrayList<>();
        ik5.add(t.status().code());
        if (!t.accepted() && ik502.isEmpty()) {
            ik502.add("5");
        }
        ik5.addAll(ik502);
        out.segment("IK5", ik5);
    }

    @Override
    public void groupValidated(GroupResult g) {
        List<String> ak9 = new ArrayList<>(List.of(g.status().code(), String.valueOf(g.received()),
                String.valueOf(g.received()), String.valueOf(g.accepted())));
        g.problems().stream().filter(Problem::isError).map(Problem::code).distinct().limit(5).forEach(ak9::add);
        out.segment("AK9", ak9);
        out.endTransaction();
        out.endGroup();
    }

    @Override
    public void interchangeValidated(InterchangeResult result) {
        if (isaWritten) {
            out.endInterchange();
            isaWritten = false;
        }
        out.flush();
    }

    private boolean safe(String value) {
        Delimiters d = out.delimiters();
        for (int k = 0; k < value.length(); k++) {
            if (d.isDelimiter(value.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static String orDefault(String v, String fallback) {
        return v == null || v.isEmpty() ? fallback : v;
    }

    private static String fit(String v, int width) {
        String s = v == null || v.isEmpty() ? "ZZ" : v;
        return s.length() > width ? s.substring(0, width) : s;
    }

    private static String digits9(String v) {
        return v != null && v.length() == 9 && v.chars().allMatch(Character::isDigit) ? v : "000000000";
    }

    private static String fitDate(String v) {
        return v != null && v.length() == 6 && v.chars().allMatch(Character::isDigit) ? v : "000101";
    }

    private static String fitTime(String v) {
        return v != null && v.length() == 4 && v.chars().allMatch(Character::isDigit) ? v : "0000";
    }
}
