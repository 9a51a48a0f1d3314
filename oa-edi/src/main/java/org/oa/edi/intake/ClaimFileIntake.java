package org.oa.edi.intake;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimId;
import org.oa.core.edit.EditContext;
import org.oa.core.edit.EditFailure;
import org.oa.core.edit.Severity;
import org.oa.core.lifecycle.ClaimStatus;
import org.oa.core.submission.ClaimIntake;
import org.oa.core.submission.FileContent;
import org.oa.core.submission.SubmissionFile;
import org.oa.edi.ack.Acknowledgments;
import org.oa.edi.ack.ClaimAcknowledgmentWriter;
import org.oa.edi.claims.ClaimMapping;
import org.oa.edi.claims.MappedClaim;
import org.oa.edi.claims.MappingContext;
import org.oa.edi.claims.MappingProblem;
import org.oa.edi.document.ClaimTransaction;
import org.oa.edi.document.InterchangeAcknowledgment;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.validation.AckCode;
import org.oa.edi.validation.ClaimResult;
import org.oa.edi.validation.GroupHeader;
import org.oa.edi.validation.GroupResult;
import org.oa.edi.validation.InterchangeHeader;
import org.oa.edi.validation.InterchangeResult;
import org.oa.edi.validation.Problem;
import org.oa.edi.validation.ProblemKind;
import org.oa.edi.validation.TransactionResult;
import org.oa.edi.validation.ValidationListener;
import org.oa.edi.validation.ValidationReport;
import org.oa.edi.validation.X12Validator;

/**
 * Takes in one 837P/837I file: validates it, maps every claim to an OA core claim, runs the front-end edits
 * through {@link ClaimIntake}, and writes the acknowledgments so that they agree with the file summary:
 * <ul>
 * <li>a file that is not X12, whose interchange envelope is broken (then a TA1 is written) or that holds no
 *     837 claims is <em>failed</em> and creates no claims;</li>
 * <li>claims of a transaction set the 999 rejects, and claims that lack what an OA claim must have, are
 *     listed as rejected and not stored ({@link FileContent.UnreadClaim});</li>
 * <li>every other claim is stored: X12 errors inside it become its edit failures (field path = the X12
 *     location), so it is rejected and can be corrected in Claim Fix;</li>
 * <li>the 999 acknowledges each transaction set ({@code E} when claims in it were rejected) and the 277CA
 *     accepts or rejects each claim with the status code of its first error.</li>
 * </ul>
 * The typed documents of one file are held in memory until its claims are taken. Thread-safe.
 */
public final class ClaimFileIntake {

    /** The engine's own claim edits that OA core's front-end edits also make (reported once, by core). */
    private static final Set<String> EDITS_CORE_ALSO_MAKES = Set.of("CHARGE_BALANCE", "CLAIM_BALANCE",
            "DIAGNOSIS_POINTER", "DUPLICATE_DIAGNOSIS", "FREQUENCY_CODE", "ICD10_FORMAT", "ICD9_AFTER_ICD10_DATE",
            "MODIFIER_FORMAT", "NEGATIVE_CHARGE", "NPI_CHECK_DIGIT", "PLACE_OF_SERVICE", "PROCEDURE_CODE_FORMAT",
            "SERVICE_BALANCE", "SERVICE_DATE_BEFORE_BIRTH", "UNITS_NOT_POSITIVE");

    private static final String FIX_IN_SOFTWARE = "Correct the claim in your billing software and send it again.";

    private final ClaimIntake intake;
    private final String clearinghouseName;
    private final String clearinghouseId;
    private final X12Validator validator = X12Validator.newValidator();

    /**
     * @param intake            runs the front-end edits and builds the file summary
     * @param clearinghouseName the clearinghouse's name in the 277CA (NM1*AY)
     * @param clearinghouseId   the clearinghouse's ID in the 277CA
     */
    public ClaimFileIntake(ClaimIntake intake, String clearinghouseName, String clearinghouseId) {
        this.intake = Objects.requireNonNull(intake, "intake");
        this.clearinghouseName = Objects.requireNonNull(clearinghouseName, "clearinghouseName");
        this.clearinghouseId = Objects.requireNonNull(clearinghouseId, "clearinghouseId");
    }

    /** An interchange a file carried: ISA06 (trimmed) and ISA13. */
    public record InterchangeKey(String senderId, String controlNumber) {
        public InterchangeKey {
            Objects.requireNonNull(senderId, "senderId");
            Objects.requireNonNull(controlNumber, "controlNumber");
        }
    }

    /**
     * What taking in a file produced.
     *
     * @param intake       the claims with their lifecycles, the file (processed or failed) and its summary
     * @param report       the X12 validation report
     * @param interchanges the interchanges in the file, for recognising a file sent twice
     * @param ack999       the 999, empty when the file is not X12 or its envelope is broken
     * @param ta1          the TA1, empty unless an interchange envelope is broken
     * @param ack277ca     the 277CA, empty when no claims were acknowledged
     */
    public record Result(ClaimIntake.IntakeResult intake, ValidationReport report, List<InterchangeKey> interchanges,
                         byte[] ack999, byte[] ta1, byte[] ack277ca) {
        public Result {
            Objects.requireNonNull(intake, "intake");
            Objects.requireNonNull(report, "report");
            interchanges = List.copyOf(interchanges);
            ack999 = ack999.clone();
            ta1 = ta1.clone();
            ack277ca = ack277ca.clone();
        }

        @Override
        public byte[] ack999() {
            return ack999.clone();
        }

        @Override
        public byte[] ta1() {
            return ta1.clone();
        }

        @Override
        public byte[] ack277ca() {
            return ack277ca.clone();
        }

        @Override
        public boolean equals(Object o) {
            return this == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        @Override
        public String toString() {
            return "Result[file=" + intake.file().id() + ", status=" + intake.file().status() + "]";
        }
    }

    /**
     * Takes in the content of {@code file} from {@code in} (not closed). Acknowledgments use control numbers
     * from {@code controlNumber} (1 to 999999999) and the time {@code now} in UTC.
     */
    public Result take(SubmissionFile file, InputStream in, EditContext context, Instant now, long controlNumber) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(now, "now");
        Reading reading = new Reading(MappingContext.forPractice(file.practiceId()));
        ValidationReport report = validator.validate(in, reading);

        LocalDateTime ackTime = LocalDateTime.ofInstant(now, ZoneOffset.UTC).withNano(0);
        String failure = failure(report, reading);
        if (failure != null) {
            ClaimIntake.IntakeResult failed = intake.take(file, new FileContent.Unreadable(failure), context, now);
            byte[] ta1 = new byte[0];
            if (report.interchanges().stream().anyMatch(i -> !i.envelopeAccepted())) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                Acknowledgments.writeTa1(report, out, ackTime, controlNumber);
                ta1 = out.toByteArray();
            }
            return new Result(failed, report, reading.interchanges, new byte[0], ta1, new byte[0]);
        }

        ClaimIntake.IntakeResult taken = intake.take(file, new FileContent.Readable(reading.claims,
                reading.readFailures, reading.unread), context, now);
        Map<ClaimId, ClaimIntake.IntakeClaim> byId = new HashMap<>();
        for (ClaimIntake.IntakeClaim c : taken.claims()) {
            byId.put(c.claim().id(), c);
        }
        ByteArrayOutputStream ack999 = new ByteArrayOutputStream();
        ByteArrayOutputStream ack277 = new ByteArrayOutputStream();
        ValidationListener acks = ValidationListener.both(Acknowledgments.ack999Writer(ack999, ackTime, controlNumber),
                new ClaimAcknowledgmentWriter(ack277, ackTime, controlNumber, clearinghouseName, clearinghouseId));
        reading.replay(acks, byId);
        return new Result(taken, report, reading.interchanges, ack999.toByteArray(), new byte[0],
                ack277.toByteArray());
    }

    private static String failure(ValidationReport report, Reading reading) {
        if (!report.x12()) {
            return "The file is not an X12 file: it does not start with an ISA segment.";
        }
        for (InterchangeResult i : report.interchanges()) {
            if (!i.envelopeAccepted()) {
                return "The interchange envelope (ISA/IEA) is broken (TA1 note code " + i.ta1NoteCode()
                        + "); no claims were read.";
            }
        }
        if (reading.claimSets == 0) {
            return "The file holds no 837P or 837I claims.";
        }
        return null;
    }

    /** Records the validation events, maps the claims, and replays the events into the acknowledgment writers. */
    private static final class Reading implements ValidationListener {
        private final MappingContext mapping;
        private final List<Consumer<Replay>> events = new ArrayList<>();
        final List<Claim> claims = new ArrayList<>();
        final Map<ClaimId, List<EditFailure>> readFailures = new HashMap<>();
        final List<FileContent.UnreadClaim> unread = new ArrayList<>();
        final List<InterchangeKey> interchanges = new ArrayList<>();
        int claimSets;
        private int position;

        Reading(MappingContext mapping) {
            this.mapping = mapping;
        }

        @Override
        public void interchangeStarted(InterchangeHeader header) {
            interchanges.add(new InterchangeKey(header.senderId().strip(), header.controlNumber()));
            events.add(r -> r.listener.interchangeStarted(header));
        }

        @Override
        public void groupStarted(GroupHeader header) {
            events.add(r -> {
                r.downgradedGroup = false;
                r.listener.groupStarted(header);
            });
        }

        @Override
        public void transactionValidated(TransactionResult t, TransactionDocument document) {
            if (!(document instanceof ClaimTransaction tx) || tx.claims().isEmpty()) {
                events.add(r -> r.listener.transactionValidated(t, document));
                return;
            }
            claimSets++;
            // Per claim of the set: the OA claim ID it became, or null when it was not read.
            List<ClaimId> slots = new ArrayList<>(tx.claims().size());
            for (int i = 0; i < tx.claims().size(); i++) {
                org.oa.edi.document.Claim source = tx.claims().get(i);
                ClaimResult checked = i < t.claims().size() ? t.claims().get(i) : null;
                List<EditFailure> x12 = checked == null ? List.of() : x12Failures(checked.problems());
                MappedClaim m = ClaimMapping.toCore(tx.claimType(), source, i, mapping);
                if (!t.accepted() || !m.mapped()) {
                    List<EditFailure> why = new ArrayList<>();
                    if (!t.accepted()) {
                        why.add(new EditFailure("TRANSACTION_SET_REJECTED", Severity.ERROR,
                                "ST*" + t.controlNumber(), "The 999 rejects the transaction set (ST/SE) that holds"
                                + " this claim, so none of its claims were taken.", FIX_IN_SOFTWARE));
                    }
                    for (MappingProblem p : m.problems()) {
                        why.add(failure(p));
                    }
                    why.addAll(x12);
                    if (why.stream().noneMatch(EditFailure::isError)) {
                        why.add(0, new EditFailure("CLAIM_NOT_READ", Severity.ERROR, "2300 CLM",
                                "The claim could not be read.", FIX_IN_SOFTWARE));
                    }
                    unread.add(new FileContent.UnreadClaim(position++, source.patientControlNumber(),
                            source.totalCharge() == null ? BigDecimal.ZERO : source.totalCharge(), why));
                    slots.add(null);
                    continue;
                }
                position++;
                Claim claim = m.claim();
                List<EditFailure> found = new ArrayList<>(x12);
                for (MappingProblem p : m.problems()) {
                    found.add(failure(p));
                }
                if (!found.isEmpty()) {
                    readFailures.put(claim.id(), found);
                }
                claims.add(claim);
                slots.add(claim.id());
            }
            events.add(r -> r.transaction(t, tx, slots));
        }

        @Override
        public void interchangeAcknowledgment(InterchangeAcknowledgment ta1) {
            events.add(r -> r.listener.interchangeAcknowledgment(ta1));
        }

        @Override
        public void groupValidated(GroupResult g) {
            events.add(r -> r.listener.groupValidated(r.downgradedGroup && g.status() == AckCode.ACCEPTED
                    ? new GroupResult(g.header(), AckCode.ACCEPTED_WITH_ERRORS, g.received(), g.accepted(),
                    g.problems(), g.transactions()) : g));
        }

        @Override
        public void interchangeValidated(InterchangeResult result) {
            events.add(r -> r.listener.interchangeValidated(result));
        }

        @Override
        public void fileProblem(Problem problem) {
            events.add(r -> r.listener.fileProblem(problem));
        }

        void replay(ValidationListener listener, Map<ClaimId, ClaimIntake.IntakeClaim> taken) {
            Replay replay = new Replay(listener, taken);
            for (Consumer<Replay> e : events) {
                e.accept(replay);
            }
        }
    }

    /** Replays recorded events with each claim's final outcome. */
    private static final class Replay {
        final ValidationListener listener;
        final Map<ClaimId, ClaimIntake.IntakeClaim> taken;
        boolean downgradedGroup;

        Replay(ValidationListener listener, Map<ClaimId, ClaimIntake.IntakeClaim> taken) {
            this.listener = listener;
            this.taken = taken;
        }

        void transaction(TransactionResult t, ClaimTransaction tx, List<ClaimId> slots) {
            List<ClaimResult> outcomes = new ArrayList<>(slots.size());
            boolean anyRejected = false;
            for (int i = 0; i < slots.size(); i++) {
                org.oa.edi.document.Claim source = tx.claims().get(i);
                ClaimResult checked = i < t.claims().size() ? t.claims().get(i) : null;
                String clm01 = checked == null ? source.patientControlNumber() : checked.claimId();
                BigDecimal charge = source.totalCharge();
                List<Problem> problems = new ArrayList<>(checked == null ? List.of() : checked.problems());
                ClaimIntake.IntakeClaim c = slots.get(i) == null ? null : taken.get(slots.get(i));
                boolean accepted = c != null && c.lifecycle().status() == ClaimStatus.ACCEPTED;
                if (c != null) {
                    for (EditFailure f : c.failures()) {
                        problems.add(new Problem(ProblemKind.CLAIM_EDIT, f.code(), f.isError()
                                ? Problem.Severity.ERROR : Problem.Severity.WARNING, source.fileSegmentPosition(),
                                source.segmentPosition(), "CLM", "2300", 0, 0, 0, clm01, f.message()));
                    }
                }
                anyRejected |= !accepted;
                outcomes.add(new ClaimResult(clm01, charge, accepted, problems));
            }
            AckCode status = t.status() == AckCode.ACCEPTED && anyRejected ? AckCode.ACCEPTED_WITH_ERRORS : t.status();
            downgradedGroup |= status != t.status();
            listener.transactionValidated(new TransactionResult(t.transactionSetId(), t.controlNumber(),
                    t.implementationReference(), t.fileSegmentPosition(), status, t.problems(), t.problemCount(),
                    outcomes), tx);
        }
    }

    /** X12 problems of a claim that the front-end edits do not make themselves, as edit failures. */
    private static List<EditFailure> x12Failures(List<Problem> problems) {
        List<EditFailure> out = new ArrayList<>();
        for (Problem p : problems) {
            if (p.kind() == ProblemKind.CLAIM_EDIT && EDITS_CORE_ALSO_MAKES.contains(p.code())) {
                continue;
            }
            String code = p.kind() == ProblemKind.CLAIM_EDIT ? p.code() : "X12_" + p.kind().name() + "_" + p.code();
            out.add(new EditFailure(code, p.isError() ? Severity.ERROR : Severity.WARNING, p.location(),
                    p.message(), FIX_IN_SOFTWARE));
        }
        return out;
    }

    private static EditFailure failure(MappingProblem p) {
        return new EditFailure(p.code(), p.isError() ? Severity.ERROR : Severity.WARNING, p.location(), p.message(),
                FIX_IN_SOFTWARE);
    }
}
