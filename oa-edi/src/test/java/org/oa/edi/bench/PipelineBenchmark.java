package org.oa.edi.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ClaimRepository;
import org.oa.core.claim.ServiceLine;
import org.oa.core.contact.Address;
import org.oa.core.edit.ClaimHistory;
import org.oa.core.edit.EditContext;
import org.oa.core.edit.FrontEndEdits;
import org.oa.core.identifier.Npi;
import org.oa.core.identifier.TaxId;
import org.oa.core.patient.Patient;
import org.oa.core.patient.Sex;
import org.oa.core.patient.Subscriber;
import org.oa.core.payer.Payer;
import org.oa.core.payer.PayerList;
import org.oa.core.payer.PayerRepository;
import org.oa.core.persistence.CorePersistence;
import org.oa.core.persistence.CoreRepositories;
import org.oa.core.practice.Location;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.submission.ClaimIntake;
import org.oa.core.submission.FileSummaryReport;
import org.oa.core.submission.FileSummaryText;
import org.oa.core.submission.SubmissionChannel;
import org.oa.core.submission.SubmissionFile;
import org.oa.core.submission.SubmissionFileId;
import org.oa.core.submission.SubmissionFileRepository;
import org.oa.core.submission.SubmissionFileStatus;
import org.oa.edi.claims.ClaimFileWriter;
import org.oa.edi.claims.CoreClaims;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.intake.ClaimFileIntake;
import org.oa.edi.validation.TransactionResult;
import org.oa.edi.validation.ValidationListener;
import org.oa.edi.validation.ValidationReport;
import org.oa.edi.validation.X12Validator;

/**
 * A whole-pipeline benchmark (not a test) for "a 10,000-claim 837P through read, validate, edits, store, File
 * Summary and 999 on Derby in at most 10 s", next to the raw oa-edi read throughput of the same file.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -q -o -f oa-edi/pom.xml -Pbench test-compile exec:exec \
 *     -Dbench.main=org.oa.edi.bench.PipelineBenchmark -Dbench.args="10000 2 3"
 * </pre>
 * Arguments: claims per file (default 10,000), warm-up runs (default 2), measured runs (default 3). Add
 * {@code -Dbench.keep=true} (in {@code -Dbench.jvm=...}) to keep the temp directory with the Derby database and
 * the written documents; add e.g. {@code -Dbench.jvm="-XX:StartFlightRecording=filename=/tmp/p.jfr"} to profile.
 *
 * <p>What one pipeline run is: exactly the sequence of {@code SubmissionStore.process} in oa-reference-war, outside
 * the container, with EclipseLink resource-local transactions on an embedded Derby file database in a temp
 * directory: in ONE transaction, look the file up, build the {@link EditContext} from the repositories (system
 * clock, the payers stored in the database, loaded once from the bundled list as {@code PayerCatalog} does, the
 * practice's enrollments, the claim history), {@link ClaimFileIntake#take}
 * (read + validate + map + front-end edits + 999/277CA), look every interchange up for a duplicate, store the file,
 * its claims, its File Summary report and its interchanges, render the File Summary text (oa-core's
 * {@link FileSummaryText}, as the WAR does) and write it with the 999, TA1 and 277CA into a
 * folder, then commit. Each run gets a newly generated file (new ISA13s, new patients and patient control numbers)
 * into the same practice, so no claim is a duplicate and later runs see a growing claim table: runs are reported
 * one by one. The raw read is {@link X12Validator#validate} of the first file, without and with typed documents.
 *
 * <p>Breakdown per run (wall clock, no extra work added): setup (repositories, enrollments, payers); take
 * ({@code ClaimFileIntake.take}: read, validate, map, edits, 999/277CA), with the duplicate-claim edit's database
 * lookups timed apart by a thin wrapper around {@code ClaimRepository.history()}; store (interchange lookups, the
 * file, claims, report and interchanges; the inserts run here, because {@code saveReport}'s query flushes the
 * unit of work); File Summary and acknowledgments to disk; commit. Also the process CPU time of each run (all
 * threads), which shows when the machine was busy with something else.
 *
 * <p>Synthetic data only (invented people); nothing about a claim is printed.
 */
public final class PipelineBenchmark {

    private static final PrintStream OUT = System.out;
    private static final int CLAIMS_PER_INTERCHANGE = 5_000;
    private static final int ERROR_EVERY = 50; // 2 % of the claims carry a bad procedure code
    private static final String CLEARINGHOUSE_NAME = "OA CLEARINGHOUSE";
    private static final String CLEARINGHOUSE_ID = "OACLEARINGHOUSE";

    private PipelineBenchmark() {
    }

    /** One pipeline run's timings (nanoseconds) and outcome. */
    record Run(String label, int claimsInDbBefore, long total, long cpu, long setup, long take, long historyLookups,
               int historyCalls, long store, long documents, long commit, int accepted, int rejected,
               long ack999Bytes) {
        double seconds() {
            return total / 1e9;
        }
    }

    public static void main(String[] args) throws Exception {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path work = Files.createTempDirectory("oa-pipeline-bench-");
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", work.resolve("derby.log").toString());
        }
        OUT.printf(Locale.ROOT, "PipelineBenchmark: %,d claims per file, %d warm-up + %d measured runs, %d cores, "
                + "max heap %d MB, Java %s%n", claims, warmups, runs, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        try {
            benchmark(work, claims, warmups, runs);
        } finally {
            if (!Boolean.getBoolean("bench.keep")) {
                delete(work);
            } else {
                OUT.println("kept " + work);
            }
        }
    }

    private static void benchmark(Path work, int claims, int warmups, int runs) throws Exception {
        LocalDateTime created = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        List<Path> files = new ArrayList<>();
        long g0 = System.nanoTime();
        for (int batch = 0; batch < warmups + runs; batch++) {
            Path file = work.resolve("bench-" + batch + ".837");
            generate(file, claims, batch, created);
            files.add(file);
        }
        double generated = (System.nanoTime() - g0) / 1e9;
        double mb = Files.size(files.get(0)) / 1048576.0;
        OUT.printf(Locale.ROOT, "generated %d files of %.2f MB (%,d claims, %d interchanges each, every %dth claim "
                + "with a bad procedure code) in %.1f s%n", files.size(), mb, claims,
                (claims + CLAIMS_PER_INTERCHANGE - 1) / CLAIMS_PER_INTERCHANGE, ERROR_EVERY, generated);

        // Raw oa-edi read throughput of the same file.
        double[] noDocs = raw(files.get(0), false, claims, 3, 5);
        double[] docs = raw(files.get(0), true, claims, 3, 5);

        // The whole pipeline on a fresh embedded Derby file database.
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(work.resolve("derby-db").toString());
        derby.setCreateDatabase("create");
        long m0 = System.nanoTime();
        CorePersistence.migrate(derby);
        double migrated = (System.nanoTime() - m0) / 1e9;
        List<Run> measured = new ArrayList<>();
        List<Run> all = new ArrayList<>();
        try (EntityManagerFactory factory = CorePersistence.createEntityManagerFactory(derby)) {
            PracticeId practice = newPractice(factory);
            OUT.printf(Locale.ROOT, "Derby migrated in %.1f s; practice and bundled payers stored%n", migrated);
            int inDb = 0;
            for (int i = 0; i < files.size(); i++) {
                boolean warm = i < warmups;
                String label = warm ? "warm-up " + (i + 1) : "run " + (i - warmups + 1);
                Run run = process(factory, practice, files.get(i), work.resolve("out-" + i), label, inDb);
                inDb += run.accepted() + run.rejected();
                all.add(run);
                if (!warm) {
                    measured.add(run);
                }
                OUT.printf(Locale.ROOT, "%-10s %6.2f s  %,8.0f claims/s  (process CPU %.2f s; claims in DB "
                        + "before: %,d)%n", label, run.seconds(), claims / run.seconds(), run.cpu() / 1e9,
                        run.claimsInDbBefore());
            }
        } finally {
            shutdown(derby);
        }
        report(claims, mb, noDocs, docs, all, measured);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The pipeline: SubmissionStore.process outside the container.

    private static Run process(EntityManagerFactory factory, PracticeId practice, Path content, Path folder,
                               String label, int inDbBefore) throws IOException {
        Files.createDirectories(folder);
        SubmissionFile received = SubmissionFile.received(practice, content.getFileName().toString(),
                SubmissionChannel.UPLOAD, Instant.now(), Files.size(content));
        long cpu0 = processCpu();
        long t0 = System.nanoTime();
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            SubmissionFileRepository files = CoreRepositories.submissionFiles(em, practice);
            if (files.find(received.id()).isPresent()) {
                throw new IllegalStateException("a new file cannot be stored already");
            }
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            TimedHistory history = new TimedHistory(claims.history());
            // As PayerCatalog.current(): the payers as stored now.
            EditContext context = new EditContext(Clock.systemUTC(), CoreRepositories.payers(em).toPayerList(),
                    CoreRepositories.enrollments(em, practice).toEnrollments(), history);
            ClaimFileIntake intake = new ClaimFileIntake(new ClaimIntake(FrontEndEdits.standard(),
                    claims.originalClaims()), CLEARINGHOUSE_NAME, CLEARINGHOUSE_ID);
            long t1 = System.nanoTime();
            ClaimFileIntake.Result result;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(content), 1 << 16)) {
                result = intake.take(received, in, context, Instant.now(), controlNumber(received.id()));
            }
            long t2 = System.nanoTime();
            Set<ClaimFileIntake.InterchangeKey> keys = new LinkedHashSet<>(result.interchanges());
            SubmissionFile file = result.intake().file();
            if (file.status() != SubmissionFileStatus.PROCESSED) {
                throw new IllegalStateException("the benchmark file was not processed: " + file.failureReason());
            }
            for (ClaimFileIntake.InterchangeKey key : keys) {
                Optional<SubmissionFileId> earlier = files.findByInterchange(key.senderId(), key.controlNumber());
                if (earlier.isPresent()) {
                    throw new IllegalStateException("the benchmark file is a duplicate of an earlier one");
                }
            }
            files.add(file);
            List<ClaimRepository.NewClaim> taken = new ArrayList<>(result.intake().claims().size());
            for (ClaimIntake.IntakeClaim c : result.intake().claims()) {
                taken.add(new ClaimRepository.NewClaim(c.claim(), c.lifecycle()));
            }
            claims.addAll(taken, file.id());
            FileSummaryReport report = result.intake().report();
            files.saveReport(report);
            for (ClaimFileIntake.InterchangeKey key : keys) {
                files.recordInterchange(file.id(), key.senderId(), key.controlNumber());
            }
            long t3 = System.nanoTime();
            Map<String, byte[]> documents = new LinkedHashMap<>();
            documents.put("FS_HCFA_" + file.id() + "_IN_C.txt", FileSummaryText.render(file, report)
                    .getBytes(StandardCharsets.UTF_8));
            documents.put(file.id() + "_" + file.fileName() + "_999.999", result.ack999());
            documents.put(file.id() + "_" + file.fileName() + "_TA1.ta1", result.ta1());
            documents.put(file.id() + "_HCFA_277ca_" + DAY.format(file.receivedAt()) + ".txt", result.ack277ca());
            for (Map.Entry<String, byte[]> d : documents.entrySet()) {
                if (d.getValue().length > 0) {
                    Files.write(folder.resolve(d.getKey()), d.getValue());
                }
            }
            long t4 = System.nanoTime();
            em.getTransaction().commit();
            long t5 = System.nanoTime();
            long cpu = processCpu() - cpu0;
            return new Run(label, inDbBefore, t5 - t0, cpu, t1 - t0, t2 - t1, history.nanos, history.calls, t3 - t2,
                    t4 - t3, t5 - t4, report.acceptedCount(), report.rejectedCount(), result.ack999().length);
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    /**
     * The stored claim history (the duplicate-claim edit's database lookups), timed: the preloading query of
     * {@link ClaimHistory#forKeys} (counted as one call per preload) and every lookup after it.
     */
    private static final class TimedHistory implements ClaimHistory {
        private final ClaimHistory delegate;
        private final TimedHistory totals;
        long nanos;
        int calls;

        TimedHistory(ClaimHistory delegate) {
            this(delegate, null);
        }

        private TimedHistory(ClaimHistory delegate, TimedHistory totals) {
            this.delegate = delegate;
            this.totals = totals;
        }

        @Override
        public ClaimHistory forKeys(java.util.Collection<ServiceKey> keys) {
            long t = System.nanoTime();
            ClaimHistory preloaded = delegate.forKeys(keys);
            nanos += System.nanoTime() - t;
            calls++;
            return new TimedHistory(preloaded, this);
        }

        @Override
        public ClaimId findOtherClaimWith(ServiceKey key, ClaimId claim) {
            long t = System.nanoTime();
            try {
                return delegate.findOtherClaimWith(key, claim);
            } finally {
                TimedHistory sum = totals == null ? this : totals;
                sum.nanos += System.nanoTime() - t;
                sum.calls++;
            }
        }
    }

    /** CPU time of this JVM so far (all threads: the pipeline, GC, JIT, Derby's daemons), in nanoseconds. */
    private static long processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    /** As SubmissionStore: acknowledgment control numbers derived from the file ID. */
    private static long controlNumber(SubmissionFileId id) {
        return Math.floorMod(id.value().getLeastSignificantBits(), 999_999_999L) + 1;
    }

    /** A practice, as the contract test's newPractice(), and the bundled payers. */
    private static PracticeId newPractice(EntityManagerFactory factory) {
        PracticeId id = PracticeId.random();
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            CorePersistence.practices(em).add(new Practice(id, "Bench practice", new TaxId("123456789"),
                    new Npi("1234567893"), List.of(new Location(UUID.randomUUID(), "Main", "100 Main Street",
                    "Columbus", "OH", "432151234", null)), List.of()));
            // As PayerCatalog.loadBundledIfEmpty() at start-up.
            PayerRepository payers = CoreRepositories.payers(em);
            for (Payer payer : PayerList.bundled().payers()) {
                payers.save(payer);
            }
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        return id;
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    // ---------------------------------------------------------------------------------------------------------
    // Raw read.

    /** Best and median seconds of validating {@code file}. */
    private static double[] raw(Path file, boolean documents, int claims, int warmups, int runs) throws IOException {
        double[] seconds = new double[runs];
        for (int i = 0; i < warmups + runs; i++) {
            long t0 = System.nanoTime();
            long read = validate(file, documents);
            double s = (System.nanoTime() - t0) / 1e9;
            if (read != claims) {
                throw new IllegalStateException("read " + read + " claims, expected " + claims);
            }
            if (i >= warmups) {
                seconds[i - warmups] = s;
            }
        }
        Arrays.sort(seconds);
        return new double[] {seconds[0], seconds[runs / 2]};
    }

    private static long validate(Path file, boolean documents) throws IOException {
        long[] claims = new long[1];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            ValidationReport report = X12Validator.newValidator().validate(in, new ValidationListener() {
                @Override
                public boolean wantsDocuments() {
                    return documents;
                }

                @Override
                public void transactionValidated(TransactionResult result, TransactionDocument document) {
                    claims[0] += result.claims().size();
                }
            });
            // 2 % of the claims carry a bad procedure code: the groups are "accepted with errors", not "accepted".
            if (!report.x12() || report.interchanges().stream().anyMatch(i -> !i.envelopeAccepted())
                    || report.claimsRejected() * ERROR_EVERY > claims[0]) {
                throw new IllegalStateException("the benchmark file should be sound X12 with about 2 % bad claims");
            }
        }
        return claims[0];
    }

    // ---------------------------------------------------------------------------------------------------------
    // Report.

    private static void report(int claims, double mb, double[] noDocs, double[] docs, List<Run> all,
                               List<Run> measured) {
        OUT.println();
        OUT.println("| run | claims in DB before | total s | claims/s | process CPU s (all threads) | setup s "
                + "| take s (read+validate+map+edits+acks) | of which duplicate lookups s (calls) "
                + "| store s (claims, report, interchanges; the inserts flush here) | File Summary+acks to disk s "
                + "| commit s | accepted/rejected | 999 bytes |");
        OUT.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Run r : all) {
            OUT.printf(Locale.ROOT, "| %s | %,d | %.2f | %,.0f | %.2f | %.3f | %.2f | %.2f (%,d) | %.2f | %.3f "
                    + "| %.2f | %,d/%,d | %,d |%n", r.label(), r.claimsInDbBefore(), r.seconds(),
                    claims / r.seconds(), r.cpu() / 1e9, r.setup() / 1e9, r.take() / 1e9, r.historyLookups() / 1e9,
                    r.historyCalls(), r.store() / 1e9, r.documents() / 1e9, r.commit() / 1e9, r.accepted(),
                    r.rejected(), r.ack999Bytes());
        }
        Run best = measured.stream().min(Comparator.comparingLong(Run::total)).orElseThrow();
        Run median = measured.stream().sorted(Comparator.comparingLong(Run::total)).toList().get(measured.size() / 2);
        Run worst = measured.stream().max(Comparator.comparingLong(Run::total)).orElseThrow();
        OUT.println();
        OUT.println("| measure | seconds | MB/s | claims/s | median pipeline run / this |");
        OUT.println("|---|---|---|---|---|");
        row("raw read+validate, no documents (best)", noDocs[0], mb, claims, median.seconds());
        row("raw read+validate, no documents (median)", noDocs[1], mb, claims, median.seconds());
        row("raw read+validate+documents (best)", docs[0], mb, claims, median.seconds());
        row("raw read+validate+documents (median)", docs[1], mb, claims, median.seconds());
        pipelineRow("pipeline (best measured)", best, mb, claims, docs[1]);
        pipelineRow("pipeline (median measured)", median, mb, claims, docs[1]);
        pipelineRow("pipeline (worst measured)", worst, mb, claims, docs[1]);
        OUT.println();
        OUT.printf(Locale.ROOT, "goal: %,d claims in <= 10 s: %s (worst measured run %.2f s)%n", claims,
                worst.seconds() <= 10 ? "MET" : "MISSED", worst.seconds());
    }

    private static void row(String name, double s, double mb, int claims, double pipeline) {
        OUT.printf(Locale.ROOT, "| %s | %.3f | %.1f | %,.0f | %.0fx |%n", name, s, mb / s, claims / s,
                pipeline / s);
    }

    private static void pipelineRow(String name, Run r, double mb, int claims, double rawDocs) {
        OUT.printf(Locale.ROOT, "| %s (%s) | %.2f | %.2f | %,.0f | %.0fx the median raw read with documents |%n",
                name, r.label(), r.seconds(), mb / r.seconds(), claims / r.seconds(), r.seconds() / rawDocs);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The 837P.

    private static final String[] FIRST = {"ALEX", "SAM", "JORDAN", "TAYLOR", "MORGAN", "CASEY", "RILEY", "JAMIE"};

    /**
     * Writes {@code count} professional claims (each for a different invented patient, services 1 to 30 days ago,
     * the claim of every {@value #ERROR_EVERY}th with the bad procedure code 9921) in interchanges of at most
     * {@value #CLAIMS_PER_INTERCHANGE} claims, ISA13 distinct per batch.
     */
    static void generate(Path file, int count, int batch, LocalDateTime created) throws IOException {
        Claim base = CoreClaims.professional().build();
        LocalDate today = created.toLocalDate();
        ClaimFileWriter writer = ClaimFileWriter.forPayers(CoreClaims.PAYERS);
        List<Claim> chunk = new ArrayList<>(CLAIMS_PER_INTERCHANGE);
        int interchange = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (int i = 0; i < count; i++) {
                chunk.add(claim(base, batch, i, today));
                if (chunk.size() == CLAIMS_PER_INTERCHANGE || i == count - 1) {
                    long isa13 = 1_000L * (batch + 1) + interchange++;
                    writer.write(chunk, new ClaimFileWriter.Envelope(CoreClaims.CLEARINGHOUSE, "", isa13, isa13,
                            created, false), out);
                    chunk.clear();
                }
            }
        }
    }

    private static Claim claim(Claim base, int batch, int i, LocalDate today) {
        int n = batch * 1_000_000 + i;
        LocalDate service = today.minusDays(1 + i % 30);
        Patient patient = new Patient(CoreClaims.SOME_PATIENT, FIRST[i % FIRST.length], "SAMPLE" + letters(n),
                LocalDate.of(1940, 1, 1).plusDays((n * 37L) % 27_000), i % 2 == 0 ? Sex.FEMALE : Sex.MALE,
                new Address((1 + i % 900) + " ELM ROAD", "", "COLUMBUS", "OH", "43215"));
        List<ServiceLine> lines = new ArrayList<>();
        for (ServiceLine l : base.serviceLines()) {
            lines.add(l.toBuilder().serviceDate(service).build());
        }
        if (i % ERROR_EVERY == ERROR_EVERY - 1) {
            lines.set(0, lines.get(0).toBuilder().procedureCode("9921").build());
        }
        return base.toBuilder().id(ClaimId.random()).patientControlNumber("B" + batch + "-" + i)
                .patient(patient).subscriber(Subscriber.self(patient, "XQZ" + batch + "M" + i, "GRP100"))
                .serviceLines(lines).build();
    }

    /** {@code n} in letters A..Z, so every patient has another last name. */
    private static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        int v = n;
        do {
            sb.append((char) ('A' + v % 26));
            v /= 26;
        } while (v > 0);
        return sb.toString();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void shutdown(EmbeddedDataSource derby) {
        EmbeddedDataSource stop = new EmbeddedDataSource();
        stop.setDatabaseName(derby.getDatabaseName());
        stop.setShutdownDatabase("shutdown");
        try {
            stop.getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an SQLException (08006).
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
