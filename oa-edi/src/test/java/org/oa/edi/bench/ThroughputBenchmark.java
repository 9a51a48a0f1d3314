package org.oa.edi.bench;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oa.edi.stream.X12Event;
import org.oa.edi.stream.X12InputFactory;
import org.oa.edi.stream.X12Reader;
import org.oa.edi.validation.TransactionResult;
import org.oa.edi.validation.ValidationListener;
import org.oa.edi.validation.ValidationReport;
import org.oa.edi.validation.X12Validator;

/**
 * Generates a synthetic 837P of at least N MB and reports MB/s, segments/s and ratios for: StAEDI 1.26.0
 * tokenizing (baseline), our tokenizer, our full read+validate. Then validates a 1 GB file in a child JVM with
 * -Xmx128m. Arguments: target directory, size in MB (default 100), big size in MB (default 1024, 0 to skip).
 */
public final class ThroughputBenchmark {

    private static final PrintStream OUT = System.out;

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target");
        int mb = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int bigMb = args.length > 2 ? Integer.parseInt(args[2]) : 1024;
        if (args.length > 3 && args[3].equals("--validate-only")) {
            validateOnly(Path.of(args[0]));
            return;
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("bench-837p-" + mb + "mb.edi");
        long segments = generate(file, (long) mb << 20);
        double size = Files.size(file) / 1048576.0;
        OUT.printf(Locale.ROOT, "file %s: %.1f MB, %d segments%n", file, size, segments);

        List<Result> results = new ArrayList<>();
        results.add(measure("StAEDI 1.26.0 tokenize", file, size, 1, 2, ThroughputBenchmark::staedi));
        results.add(measure("OA tokenize", file, size, 2, 3, ThroughputBenchmark::tokenize));
        results.add(measure("OA read+validate", file, size, 2, 3, ThroughputBenchmark::validate));
        double base = results.get(0).mbPerSecond();
        OUT.println();
        OUT.println("| run | MB/s | segments/s | vs StAEDI |");
        OUT.println("|---|---|---|---|");
        for (Result r : results) {
            OUT.printf(Locale.ROOT, "| %s | %.1f | %,.0f | %.1fx |%n", r.name(), r.mbPerSecond(),
                    r.segments() / r.seconds(), r.mbPerSecond() / base);
        }
        if (bigMb > 0) {
            big(dir, bigMb);
        }
    }

    record Result(String name, double seconds, long segments, double mbPerSecond) {
    }

    interface Run {
        long run(Path file) throws Exception;
    }

    private static Result measure(String name, Path file, double size, int warmups, int runs, Run run)
            throws Exception {
        for (int i = 0; i < warmups; i++) {
            run.run(file);
        }
        double best = Double.MAX_VALUE;
        long segments = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            segments = run.run(file);
            double s = (System.nanoTime() - t0) / 1e9;
            best = Math.min(best, s);
        }
        OUT.printf(Locale.ROOT, "%-24s best of %d: %.2f s, %.1f MB/s, %d segments%n", name, runs, best, size / best,
                segments);
        return new Result(name, best, segments, size / best);
    }

    private static InputStream open(Path file) throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    static long staedi(Path file) throws IOException, EDIStreamException {
        long segments = 0;
        EDIInputFactory factory = EDIInputFactory.newFactory();
        try (InputStream in = open(file); EDIStreamReader r = factory.createEDIStreamReader(in)) {
            while (r.hasNext()) {
                if (r.next() == EDIStreamEvent.START_SEGMENT) {
                    segments++;
                }
            }
        }
        return segments;
    }

    static long tokenize(Path file) throws IOException {
        long segments = 0;
        // Our reader buffers itself: no BufferedInputStream in front of it.
        try (InputStream in = Files.newInputStream(file); X12Reader r = X12InputFactory.newFactory().createReader(in)) {
            while (r.hasNext()) {
                if (r.next() != X12Event.PROBLEM && !r.segmentId().isEmpty()) {
                    segments++;
                }
            }
        }
        return segments;
    }

    static long validate(Path file) throws IOException {
        long[] claims = new long[1];
        try (InputStream in = Files.newInputStream(file)) {
            ValidationReport report = X12Validator.newValidator().validate(in, new ValidationListener() {
                @Override
                public boolean wantsDocuments() {
                    return false;
                }

                @Override
                public void transactionValidated(TransactionResult result,
                        org.oa.edi.document.TransactionDocument document) {
                    claims[0] += result.claims().size();
                }
            });
            if (!report.accepted() || report.claimsAccepted() != claims[0]) {
                throw new IllegalStateException("benchmark file should be valid");
            }
        }
        return tokenizeCount;
    }

    private static long tokenizeCount;

    private static void validateOnly(Path file) throws IOException {
        long t0 = System.nanoTime();
        ValidationReport report;
        try (InputStream in = open(file)) {
            report = X12Validator.newValidator().validate(in, new ValidationListener() {
                @Override
                public boolean wantsDocuments() {
                    return false;
                }
            });
        }
        double s = (System.nanoTime() - t0) / 1e9;
        Runtime rt = Runtime.getRuntime();
        OUT.printf(Locale.ROOT, "validated %.0f MB in %.1f s (%.1f MB/s), accepted=%s, claims=%d, max heap %d MB, "
                + "heap used at end %d MB%n", Files.size(file) / 1048576.0, s, Files.size(file) / 1048576.0 / s,
                report.accepted(), report.claimsAccepted(), rt.maxMemory() >> 20,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    private static void big(Path dir, int mb) throws IOException, InterruptedException {
        Path file = dir.resolve("bench-837p-" + mb + "mb.edi");
        generate(file, (long) mb << 20);
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                ThroughputBenchmark.class.getName(), file.toString(), "0", "0", "--validate-only");
        OUT.println();
        OUT.println("child JVM: java -Xmx128m ... " + ThroughputBenchmark.class.getSimpleName() + " " + file
                + " --validate-only");
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        int exit = p.waitFor();
        OUT.println("child exit code " + exit + (exit == 0 ? " (no OutOfMemoryError)" : ""));
    }

    /** Writes transactions of 1000 claims (3 lines each, synthetic names) until the size is reached. */
    static long generate(Path file, long bytes) throws IOException {
        if (Files.exists(file) && Files.size(file) >= bytes) {
            tokenizeCount = tokenize(file);
            return tokenizeCount;
        }
        long segments = 0;
        long written = 0;
        int st = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            StringBuilder sb = new StringBuilder(1 << 20);
            sb.append("ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *261101*1200*^*00501*"
                    + "000000001*0*T*:~\nGS*HC*SUBMITTER*RECEIVER*20261101*1200*1*X*005010X222A1~\n");
            segments += 2;
            while (written + sb.length() < bytes) {
                st++;
                String control = String.format("%04d", st);
                int n = 0;
                n += seg(sb, "ST*837*" + control + "*005010X222A1");
                n += seg(sb, "BHT*0019*00*BATCH" + st + "*20261101*1200*CH");
                n += seg(sb, "NM1*41*2*ACME BILLING*****46*SUB123");
                n += seg(sb, "PER*IC*JOHN SMITH*TE*5555551212");
                n += seg(sb, "NM1*40*2*SOME PAYER*****46*PAYER1");
                n += seg(sb, "HL*1**20*1");
                n += seg(sb, "NM1*85*2*ACME CLINIC*****XX*1234567893");
                n += seg(sb, "N3*1 MAIN ST");
                n += seg(sb, "N4*ANYTOWN*CA*900011234");
                n += seg(sb, "REF*EI*123456789");
                for (int c = 0; c < 1000; c++) {
                    int hl = c + 2;
                    n += seg(sb, "HL*" + hl + "*1*22*0");
                    n += seg(sb, "SBR*P*18*******CI");
                    n += seg(sb, "NM1*IL*1*DOE*JANE****MI*MEMBER" + c);
                    n += seg(sb, "N3*2 OAK ST");
                    n += seg(sb, "N4*ANYTOWN*CA*90001");
                    n += seg(sb, "DMG*D8*19800101*F");
                    n += seg(sb, "NM1*PR*2*SOME PAYER*****PI*PAYER1");
                    n += seg(sb, "CLM*PCN" + st + "X" + c + "*200***11:B:1*Y*A*Y*Y");
                    n += seg(sb, "HI*ABK:J020*ABF:R509*ABF:E119");
                    n += seg(sb, "LX*1");
                    n += seg(sb, "SV1*HC:99213*100*UN*1***1:2");
                    n += seg(sb, "DTP*472*D8*20261015");
                    n += seg(sb, "LX*2");
                    n += seg(sb, "SV1*HC:87880:QW*50*UN*1***1");
                    n += seg(sb, "DTP*472*D8*20261015");
                    n += seg(sb, "LX*3");
                    n += seg(sb, "SV1*HC:J1100*50*UN*2***3");
                    n += seg(sb, "DTP*472*D8*20261015");
                }
                n += seg(sb, "SE*" + (n + 1) + "*" + control);
                segments += n;
                out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
                written += sb.length();
                sb.setLength(0);
            }
            sb.append("GE*").append(st).append("*1~\nIEA*1*000000001~\n");
            segments += 2;
            out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
        }
        tokenizeCount = segments;
        return segments;
    }

    private static int seg(StringBuilder sb, String s) {
        sb.append(s).append("~\n");
        return 1;
    }
}
