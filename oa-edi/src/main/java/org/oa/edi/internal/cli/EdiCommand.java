package org.oa.edi.internal.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.oa.core.edit.ClaimHistory;
import org.oa.core.edit.EditContext;
import org.oa.core.edit.EditFailure;
import org.oa.core.edit.FrontEndEdits;
import org.oa.core.payer.Enrollments;
import org.oa.core.payer.PayerList;
import org.oa.core.practice.PracticeId;
import org.oa.edi.claims.ClaimMapping;
import org.oa.edi.claims.MappedClaim;
import org.oa.edi.claims.MappingContext;
import org.oa.edi.claims.MappingProblem;
import org.oa.edi.document.ClaimTransaction;
import org.oa.edi.ack.Acknowledgments;
import org.oa.edi.ack.ClaimAcknowledgmentWriter;
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
 * {@code java -jar oa-edi-cli.jar validate [--ack-dir DIR] FILE...} (999, TA1 and 277CA per file) and
 * {@code json FILE}. {@code validate} also maps every 837 claim to an OA core claim and runs OA core's front-end
 * edits on it (bundled payer list, today's date, no enrollments, no claim history); a claim that cannot be mapped
 * or fails an edit with severity error is rejected. Exit codes: 0 every file accepted, 1 some file has errors
 * (including a claim rejected by the edits), 2 a file is not X12 (or cannot be read), 64 usage error.
 */
public final class EdiCommand {

    /** Exit code when every file is accepted. */
    public static final int OK = 0;
    /** Exit code when a file has errors. */
    public static final int ERRORS = 1;
    /** Exit code when a file is not X12 or cannot be read. */
    public static final int NOT_X12 = 2;
    /** Exit code for a usage error. */
    public static final int USAGE = 64;

    private static final int MAX_PRINTED_PROBLEMS = 50;
    private static final int MAX_PRINTED_CLAIMS = 50;
    /** The CLI checks files outside any practice; mapped claims get this placeholder tenant. */
    private static final PracticeId NO_PRACTICE = new PracticeId(new UUID(0, 0));

    private EdiCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns its exit code (never calls {@code System.exit}). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Clock.systemDefaultZone());
    }

    /** Runs the command with {@code clock} giving today's date for the front-end edits. */
    static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        if (args.length == 0) {
            return usage(err);
        }
        try {
            return switch (args[0]) {
                case "validate" -> validate(args, out, err, clock);
                case "json" -> json(args, out, err);
                default -> usage(err);
            };
        } catch (UncheckedIOException e) {
            err.println("error: " + e.getCause().getMessage());
            return NOT_X12;
        }
    }

    private static int usage(PrintStream err) {
        err.println("usage: oa-edi validate [--ack-dir DIR] FILE...");
        err.println("       oa-edi json FILE");
        return USAGE;
    }

    private static int json(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            return usage(err);
        }
        Path file = Path.of(args[1]);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            out.print(Json.write(X12Validator.newValidator().read(in)));
        } catch (IOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            return NOT_X12;
        }
        return OK;
    }

    private static int validate(String[] args, PrintStream out, PrintStream err, Clock clock)
            throws UncheckedIOException {
        Path ackDir = null;
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--ack-dir")) {
                if (i + 1 >= args.length) {
                    return usage(err);
                }
                ackDir = Path.of(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        if (files.isEmpty()) {
            return usage(err);
        }
        int exit = OK;
        EditContext edits = new EditContext(clock, PayerList.bundled(), Enrollments.none(), ClaimHistory.none());
        for (Path file : files) {
            exit = Math.max(exit, validateFile(file, ackDir, out, err, edits));
        }
        return exit;
    }

    private static int validateFile(Path file, Path ackDir, PrintStream out, PrintStream err, EditContext edits) {
        out.println("File: " + file);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        Path ack999 = ackDir == null ? null : ackDir.resolve(file.getFileName() + ".999");
        Path ack277 = ackDir == null ? null : ackDir.resolve(file.getFileName() + ".277");
        ValidationReport report;
        Printer printer = new Printer(out);
        FrontEndEditing editing;
        try {
            if (ackDir != null) {
                Files.createDirectories(ackDir);
            }
            try (InputStream in = Files.newInputStream(file);
                    OutputStream ackOut = ack999 == null ? OutputStream.nullOutputStream()
                            : new BufferedOutputStream(Files.newOutputStream(ack999));
                    OutputStream caOut = ack277 == null ? OutputStream.nullOutputStream()
                            : new BufferedOutputStream(Files.newOutputStream(ack277))) {
                Acknowledgments acks = Acknowledgments.ack999Writer(ackOut, now, 1);
                ClaimAcknowledgmentWriter claimAcks = new ClaimAcknowledgmentWriter(caOut, now, 1, "OA CLEARINGHOUSE",
                        "OA");
                ValidationListener answers = ValidationListener.both(acks, claimAcks);
                editing = new FrontEndEditing(ValidationListener.both(printer, answers), printer, edits);
                report = X12Validator.newValidator().validate(in, editing);
            }
            for (Path written : new Path[] {ack999, ack277}) {
                if (written != null && Files.size(written) == 0) {
                    Files.delete(written);
                }
            }
            if (ack277 != null && Files.exists(ack277)) {
                out.println("  277CA written to " + ack277);
            }
            if (ackDir != null && report.interchanges().stream().anyMatch(i -> !i.envelopeAccepted())) {
                Path ta1 = ackDir.resolve(file.getFileName() + ".ta1");
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(ta1))) {
                    Acknowledgments.writeTa1(report, o, now, 1);
                }
                out.println("  TA1 written to " + ta1);
            }
            if (ack999 != null && Files.exists(ack999)) {
                out.println("  999 written to " + ack999);
            }
        } catch (IOException | UncheckedIOException e) {
            err.println("error: cannot read " + file + ": " + e.getMessage());
            out.println("RESULT: cannot be read");
            return NOT_X12;
        } catch (RuntimeException e) {
            // A defect in the engine must not hide the other files' results.
            err.println("internal error while validating " + file + ": " + e);
            out.println("RESULT: internal error");
            return NOT_X12;
        }
        for (Problem p : report.fileProblems()) {
            out.println("  " + line(p));
        }
        if (!report.x12()) {
            out.println("RESULT: not an X12 file");
            return NOT_X12;
        }
        long rejectedByEdits = editing.rejectedByEdits;
        out.println("  Claims: " + (report.claimsAccepted() - rejectedByEdits) + " accepted, "
                + (report.claimsRejected() + rejectedByEdits) + " rejected");
        boolean ok = report.accepted() && rejectedByEdits == 0;
        out.println("RESULT: " + (ok ? "accepted" : "has errors"));
        out.println();
        return ok ? OK : ERRORS;
    }

    static String line(Problem p) {
        String kind = switch (p.kind()) {
            case INTERCHANGE_TA1 -> "TA1 note";
            case GROUP_AK905 -> "AK905";
            case TRANSACTION_IK502 -> "IK502";
            case SEGMENT_IK304 -> "IK304";
            case ELEMENT_IK403 -> "IK403";
            case CLAIM_EDIT -> "edit";
        };
        return (p.isError() ? "ERROR " : "WARNING ") + kind + " " + p.code() + " at " + p.location()
                + (p.claimId().isEmpty() ? "" : " [claim " + p.claimId() + "]") + ": " + p.message();
    }

    static String line(MappingProblem p) {
        return (p.isError() ? "ERROR " : "WARNING ") + "mapping " + p.code() + " at " + p.location() + ": "
                + p.message();
    }

    static String line(EditFailure f) {
        return (f.isError() ? "ERROR " : "WARNING ") + "edit " + f.code() + " at " + f.fieldPath() + ": "
                + f.message();
    }

    /**
     * Maps every 837 claim to an OA core claim and runs the front-end edits on it, then passes the results on with
     * the claims that mapping or an edit rejects marked rejected: their set becomes "accepted with errors" (E), as
     * for the engine's own claim edits, so the 999 and 277CA agree with the printed result.
     */
    private static final class FrontEndEditing implements ValidationListener {
        private final ValidationListener next;
        private final Printer printer;
        private final EditContext edits;
        private final MappingContext mapping = MappingContext.forPractice(NO_PRACTICE);
        private boolean downgradedGroup;
        /** Claims the X12 validation accepted but mapping or the front-end edits rejected. */
        long rejectedByEdits;

        FrontEndEditing(ValidationListener next, Printer printer, EditContext edits) {
            this.next = next;
            this.printer = printer;
            this.edits = edits;
        }

        @Override
        public void interchangeStarted(InterchangeHeader h) {
            next.interchangeStarted(h);
        }

        @Override
        public void groupStarted(GroupHeader h) {
            downgradedGroup = false;
            next.groupStarted(h);
        }

        @Override
        public void transactionValidated(TransactionResult t, TransactionDocument document) {
            if (!(document instanceof ClaimTransaction tx) || tx.claims().size() != t.claims().size()) {
                next.transactionValidated(t, document);
                return;
            }
            // One claim at a time: a transaction set may hold many thousands of claims.
            List<ClaimResult> outcomes = new ArrayList<>(t.claims().size());
            List<List<String>> details = new ArrayList<>(t.claims().size());
            boolean newlyRejected = false;
            for (int i = 0; i < t.claims().size(); i++) {
                ClaimResult c = t.claims().get(i);
                org.oa.edi.document.Claim source = tx.claims().get(i);
                MappedClaim m = ClaimMapping.toCore(tx.claimType(), source, i, mapping);
                List<String> lines = new ArrayList<>();
                List<Problem> found = new ArrayList<>();
                for (MappingProblem p : m.problems()) {
                    lines.add(line(p));
                    found.add(problem(p.code(), p.isError(), source, c.claimId(), p.message()));
                }
                if (m.mapped()) {
                    for (EditFailure f : FrontEndEdits.standard().run(m.claim(), edits)) {
                        lines.add(line(f));
                        found.add(problem(f.code(), f.isError(), source, c.claimId(), f.message()));
                    }
                }
                boolean rejects = found.stream().anyMatch(Problem::isError);
                if (c.accepted() && rejects) {
                    rejectedByEdits++;
                    newlyRejected = true;
                }
                List<Problem> all = new ArrayList<>(c.problems());
                all.addAll(found);
                outcomes.add(found.isEmpty() ? c : new ClaimResult(c.claimId(), c.totalCharge(),
                        c.accepted() && !rejects, all));
                details.add(lines.isEmpty() ? List.of() : lines);
            }
            TransactionResult adjusted = t;
            if (newlyRejected) {
                AckCode status = t.status() == AckCode.ACCEPTED ? AckCode.ACCEPTED_WITH_ERRORS : t.status();
                downgradedGroup |= status != t.status();
                adjusted = new TransactionResult(t.transactionSetId(), t.controlNumber(), t.implementationReference(),
                        t.fileSegmentPosition(), status, t.problems(), t.problemCount(), outcomes);
            } else if (!details.isEmpty()) {
                adjusted = new TransactionResult(t.transactionSetId(), t.controlNumber(), t.implementationReference(),
                        t.fileSegmentPosition(), t.status(), t.problems(), t.problemCount(), outcomes);
            }
            printer.claimDetails = details;
            next.transactionValidated(adjusted, document);
        }

        /** A claim-level problem at the claim's CLM segment, for the 277CA (no claim data in the message). */
        private static Problem problem(String code, boolean error, org.oa.edi.document.Claim claim, String claimId,
                String message) {
            return new Problem(ProblemKind.CLAIM_EDIT, code, error ? Problem.Severity.ERROR : Problem.Severity.WARNING,
                    claim.fileSegmentPosition(), claim.segmentPosition(), "CLM", "2300", 0, 0, 0, claimId, message);
        }

        @Override
        public void interchangeAcknowledgment(InterchangeAcknowledgment ta1) {
            next.interchangeAcknowledgment(ta1);
        }

        @Override
        public void groupValidated(GroupResult g) {
            next.groupValidated(downgradedGroup && g.status() == AckCode.ACCEPTED ? new GroupResult(g.header(),
                    AckCode.ACCEPTED_WITH_ERRORS, g.received(), g.accepted(), g.problems(), g.transactions()) : g);
        }

        @Override
        public void interchangeValidated(InterchangeResult i) {
            next.interchangeValidated(i);
        }

        @Override
        public void fileProblem(Problem p) {
            next.fileProblem(p);
        }
    }

    /** Prints results as they arrive, with the mapping problems and edit failures of each claim. */
    private static final class Printer implements ValidationListener {
        private final PrintStream out;
        /** Printable mapping problems and edit failures of the claims of the next transaction set, by index. */
        List<List<String>> claimDetails = List.of();

        Printer(PrintStream out) {
            this.out = out;
        }

        @Override
        public void interchangeStarted(InterchangeHeader h) {
            out.println("  Interchange " + h.controlNumber() + " from " + h.senderId() + " to " + h.receiverId()
                    + (h.production() ? "" : " (test)"));
        }

        @Override
        public void groupStarted(GroupHeader h) {
            out.println("    Group " + h.functionalId() + " " + h.controlNumber() + " (" + h.version() + ")");
        }

        @Override
        public void transactionValidated(TransactionResult t, TransactionDocument document) {
            out.println("      Transaction " + t.transactionSetId() + " " + t.controlNumber() + " ("
                    + t.implementationReference() + "): " + status(t.status().code()) + ", " + t.problemCount()
                    + " problem(s), " + t.claims().stream().filter(ClaimResult::accepted).count() + " of "
                    + t.claims().size() + " claim(s) accepted");
            int printed = 0;
            for (Problem p : t.problems()) {
                if (printed++ == MAX_PRINTED_PROBLEMS) {
                    out.println("        ... " + (t.problemCount() - MAX_PRINTED_PROBLEMS) + " more");
                    break;
                }
                out.println("        " + line(p));
            }
            int claims = 0;
            for (int i = 0; i < t.claims().size(); i++) {
                ClaimResult c = t.claims().get(i);
                List<String> details = i < claimDetails.size() ? claimDetails.get(i) : List.of();
                if ((!c.accepted() || !details.isEmpty()) && claims++ < MAX_PRINTED_CLAIMS) {
                    out.println("        claim " + c.claimId() + ": " + (c.accepted() ? "accepted" : "rejected"));
                    details.forEach(d -> out.println("          " + d));
                }
            }
            claimDetails = List.of();
        }

        @Override
        public void interchangeAcknowledgment(InterchangeAcknowledgment ta1) {
            out.println("    TA1 for interchange " + ta1.controlNumber() + ": " + ta1.acknowledgmentCode() + " note "
                    + ta1.noteCode());
        }

        @Override
        public void groupValidated(GroupResult g) {
            out.println("      Group result (AK9): " + status(g.status().code()) + ", " + g.accepted() + " of "
                    + g.received() + " transaction set(s) accepted");
            for (Problem p : g.problems()) {
                out.println("        " + line(p));
            }
        }

        @Override
        public void interchangeValidated(InterchangeResult i) {
            out.println("    Envelope: " + (i.envelopeAccepted() ? "accepted" : "rejected (TA1 note "
                    + i.ta1NoteCode() + ")"));
            for (Problem p : i.problems()) {
                out.println("      " + line(p));
            }
        }

        private static String status(String code) {
            return switch (code) {
                case "A" -> "accepted (A)";
                case "E" -> "accepted with errors (E)";
                case "P" -> "partially accepted (P)";
                default -> "rejected (R)";
            };
        }
    }
}
