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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.oa.edi.ack.Acknowledgments;
import org.oa.edi.ack.ClaimAcknowledgmentWriter;
import org.oa.edi.document.InterchangeAcknowledgment;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.validation.ClaimResult;
import org.oa.edi.validation.GroupHeader;
import org.oa.edi.validation.GroupResult;
import org.oa.edi.validation.InterchangeHeader;
import org.oa.edi.validation.InterchangeResult;
import org.oa.edi.validation.Problem;
import org.oa.edi.validation.TransactionResult;
import org.oa.edi.validation.ValidationListener;
import org.oa.edi.validation.ValidationReport;
import org.oa.edi.validation.X12Validator;

/**
 * {@code java -jar oa-edi-cli.jar validate [--ack-dir DIR] FILE...} (999, TA1 and 277CA per file) and
 * {@code json FILE}. Exit codes: 0 every file
 * accepted, 1 some file has errors, 2 a file is not X12 (or cannot be read), 64 usage error.
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

    private EdiCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns its exit code (never calls {@code System.exit}). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return usage(err);
        }
        try {
            return switch (args[0]) {
                case "validate" -> validate(args, out, err);
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

    private static int validate(String[] args, PrintStream out, PrintStream err) throws UncheckedIOException {
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
        for (Path file : files) {
            exit = Math.max(exit, validateFile(file, ackDir, out, err));
        }
        return exit;
    }

    private static int validateFile(Path file, Path ackDir, PrintStream out, PrintStream err) {
        out.println("File: " + file);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).withNano(0);
        Path ack999 = ackDir == null ? null : ackDir.resolve(file.getFileName() + ".999");
        Path ack277 = ackDir == null ? null : ackDir.resolve(file.getFileName() + ".277");
        ValidationReport report;
        try {
            if (ackDir != null) {
                Files.createDirectories(ackDir);
            }
            try (InputStream in = Files.newInputStream(file);
                    OutputStream ackOut = ack999 == null ? OutputStream.nullOutputStream()
                            : new BufferedOutputStream(Files.newOutputStream(ack999));
                    OutputStream caOut = ack277 == null ? OutputStream.nullOutputStream()
                            : new BufferedOutputStream(Files.newOutputStream(ack277))) {
                Printer printer = new Printer(out);
                Acknowledgments acks = Acknowledgments.ack999Writer(ackOut, now, 1);
                ClaimAcknowledgmentWriter claimAcks = new ClaimAcknowledgmentWriter(caOut, now, 1, "OA CLEARINGHOUSE",
                        "OA");
                report = X12Validator.newValidator().validate(in, new Both(printer, new Both(acks, claimAcks)));
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
        out.println("  Claims: " + report.claimsAccepted() + " accepted, " + report.claimsRejected() + " rejected");
        boolean ok = report.accepted();
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

    /** Prints results as they arrive. */
    private static final class Printer implements ValidationListener {
        private final PrintStream out;

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
            for (ClaimResult c : t.claims()) {
                if (!c.accepted() && claims++ < MAX_PRINTED_CLAIMS) {
                    out.println("        claim " + c.claimId() + ": rejected");
                }
            }
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

    /** Sends every callback to two listeners. */
    private record Both(ValidationListener a, ValidationListener b) implements ValidationListener {
        @Override
        public void interchangeStarted(InterchangeHeader h) {
            a.interchangeStarted(h);
            b.interchangeStarted(h);
        }

        @Override
        public void groupStarted(GroupHeader h) {
            a.groupStarted(h);
            b.groupStarted(h);
        }

        @Override
        public void transactionValidated(TransactionResult t, TransactionDocument d) {
            a.transactionValidated(t, d);
            b.transactionValidated(t, d);
        }

        @Override
        public void interchangeAcknowledgment(InterchangeAcknowledgment ta1) {
            a.interchangeAcknowledgment(ta1);
            b.interchangeAcknowledgment(ta1);
        }

        @Override
        public void groupValidated(GroupResult g) {
            a.groupValidated(g);
            b.groupValidated(g);
        }

        @Override
        public void interchangeValidated(InterchangeResult i) {
            a.interchangeValidated(i);
            b.interchangeValidated(i);
        }

        @Override
        public void fileProblem(Problem p) {
            a.fileProblem(p);
            b.fileProblem(p);
        }
    }
}
