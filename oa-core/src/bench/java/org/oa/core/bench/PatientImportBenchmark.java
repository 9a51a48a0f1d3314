package org.oa.core.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.oa.core.identifier.Npi;
import org.oa.core.identifier.TaxId;
import org.oa.core.internal.imports.CsvRecords;
import org.oa.core.internal.imports.ImportFile;
import org.oa.core.patient.imports.ImportColumn;
import org.oa.core.patient.imports.ImportPreview;
import org.oa.core.patient.imports.ImportResult;
import org.oa.core.patient.imports.RowOutcome;
import org.oa.core.payer.PayerList;
import org.oa.core.persistence.CorePersistence;
import org.oa.core.persistence.CoreRepositories;
import org.oa.core.practice.Location;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The CSV patient import of N synthetic rows (default 10,000; every column filled, a primary coverage per row, one
 * in five a child on a parent's policy) into a new practice, on embedded Derby (a file database under target/)
 * and, when {@code OA_TEST_PG_URL} is set, PostgreSQL. Per round it times, each in its own transaction: reading
 * the CSV alone and reading plus checking it without a database (baselines), the preview, the import, and the
 * import of the same file again (all rows unchanged). One warm-up round, then {@code -Drounds=N} (default 3)
 * measured rounds; prints each round and the median. Single-shot timing: one round takes seconds. All names are
 * made up.
 */
public final class PatientImportBenchmark {

    private static final int ROUNDS = Integer.getInteger("rounds", 3);
    private static final String[] LAST = {"Sample", "Example", "Testperson", "Placeholder", "Fictive", "Madeup",
        "Notreal", "Synthetic", "Dummy", "Specimen"};
    private static final String[] FIRST = {"Robin", "Sam", "Kim", "Lee", "Alex", "Jordan", "Casey", "Riley",
        "Avery", "Quinn"};

    private PatientImportBenchmark() {
    }

    /** Arguments (also as one string, as the bench profile passes them): [rows]. */
    public static void main(String[] args) {
        List<String> words = Arrays.asList(String.join(" ", args).trim().split("\\s+"));
        int rows = words.get(0).isEmpty() ? 10_000 : Integer.parseInt(words.get(0));
        String csv = syntheticFile(rows);
        System.out.printf("%,d rows, %,d characters%n", rows, csv.length());
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(Path.of("target", "bench-derby-" + UUID.randomUUID()).toAbsolutePath().toString());
        derby.setCreateDatabase("create");
        run("Derby 10.16 (embedded, file)", derby, csv, rows);
        String pgUrl = System.getenv("OA_TEST_PG_URL");
        if (pgUrl != null) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(pgUrl);
            pg.setUser(System.getenv("OA_TEST_PG_USER"));
            pg.setPassword(System.getenv("OA_TEST_PG_PASSWORD"));
            run("PostgreSQL (" + pgUrl + ")", pg, csv, rows);
        } else {
            System.out.println("PostgreSQL skipped: set OA_TEST_PG_URL, OA_TEST_PG_USER, OA_TEST_PG_PASSWORD");
        }
    }

    static String syntheticFile(int rows) {
        Random random = new Random(11);
        StringBuilder b = new StringBuilder(rows * 220);
        b.append(ImportColumn.headerRow()).append("\r\n");
        for (int i = 0; i < rows; i++) {
            String last = LAST[random.nextInt(LAST.length)];
            String first = FIRST[random.nextInt(FIRST.length)];
            LocalDate born = LocalDate.of(1930 + random.nextInt(90), 1 + random.nextInt(12), 1 + random.nextInt(28));
            boolean child = i % 5 == 4;
            b.append("OLD-").append(100_000 + i).append(",,").append(last).append(',').append(first).append(",Q,")
                    .append(child ? String.format("%02d/%02d/%d", born.getMonthValue(), born.getDayOfMonth(),
                            born.getYear()) : born.toString()).append(',').append(i % 2 == 0 ? "F" : "M")
                    .append(",\"").append(1 + random.nextInt(9999)).append(" Elm Street, Apt ").append(i % 40)
                    .append("\",,Columbus,OH,4321").append(i % 10).append(",614-555-").append(String.format("%04d",
                            i % 10_000)).append(",,").append("person").append(i).append("@example.org,SIM01,XQZ")
                    .append(1_000_000 + i).append(",GRP").append(i % 50).append(',');
            if (child) {
                b.append("child,").append(last).append(',').append(FIRST[(i + 1) % FIRST.length]).append(',')
                        .append(born.minusYears(30)).append(",F");
            } else {
                b.append(",,,,");
            }
            b.append("\r\n");
        }
        return b.toString();
    }

    private static void run(String name, DataSource dataSource, String csv, int rows) {
        CorePersistence.migrate(dataSource);
        try (EntityManagerFactory factory = CorePersistence.createEntityManagerFactory(dataSource)) {
            round(factory, csv, rows); // warm-up
            String[] labels = {"read CSV only", "read + check rows (no database)", "preview", "import",
                "import again (all unchanged)"};
            long[][] millis = new long[labels.length][ROUNDS];
            long[] cpu = new long[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                long cpuStart = processCpuNanos();
                long[] times = round(factory, csv, rows);
                cpu[r] = (processCpuNanos() - cpuStart) / 1_000_000;
                for (int k = 0; k < labels.length; k++) {
                    millis[k][r] = times[k];
                }
            }
            System.out.println(name + ":");
            for (int k = 0; k < labels.length; k++) {
                long[] sorted = millis[k].clone();
                Arrays.sort(sorted);
                System.out.printf("  %-32s median %,6d ms (rounds in order: %s)%n", labels[k],
                        sorted[sorted.length / 2], Arrays.toString(millis[k]));
            }
            Arrays.sort(cpu);
            System.out.printf("  process CPU per round (all five steps): median %,d ms%n", cpu[cpu.length / 2]);
        }
    }

    /** One round into a new practice; returns the milliseconds of each step. */
    private static long[] round(EntityManagerFactory factory, String csv, int rows) {
        PracticeId practice = PracticeId.random();
        inTransaction(factory, em -> {
            CorePersistence.practices(em).add(new Practice(practice, "Bench practice", new TaxId("123456789"),
                    new Npi("1234567893"), List.of(new Location(UUID.randomUUID(), "Main", "100 Main Street",
                    "Columbus", "OH", "432151234", null)), List.of()));
            return null;
        });
        PayerList payers = PayerList.bundled();
        long[] times = new long[5];
        long start = System.nanoTime();
        int records = 0;
        try {
            CsvRecords reader = new CsvRecords(new StringReader(csv));
            while (reader.next() != null) {
                records++;
            }
            times[0] = millisSince(start);
            start = System.nanoTime();
            ImportFile file = ImportFile.read(new StringReader(csv), payers, LocalDate.now());
            times[1] = millisSince(start);
            check(records == rows + 1 && file.isValid(), "the synthetic file must be valid");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start = System.nanoTime();
        ImportPreview preview = inTransaction(factory, em -> preview(em, practice, payers, csv));
        times[2] = millisSince(start);
        check(preview.count(RowOutcome.Action.CREATE) == rows, "preview: every row new");
        start = System.nanoTime();
        ImportResult imported = inTransaction(factory, em -> importRows(em, practice, payers, csv));
        times[3] = millisSince(start);
        check(imported.isImported() && imported.report().count(RowOutcome.Action.CREATE) == rows, "import");
        start = System.nanoTime();
        ImportResult again = inTransaction(factory, em -> importRows(em, practice, payers, csv));
        times[4] = millisSince(start);
        check(again.report().count(RowOutcome.Action.UNCHANGED) == rows, "second import: every row unchanged");
        return times;
    }

    private static ImportPreview preview(EntityManager em, PracticeId practice, PayerList payers, String csv) {
        try {
            return CoreRepositories.patientImport(em, practice, e -> { }, payers).preview(new StringReader(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportResult importRows(EntityManager em, PracticeId practice, PayerList payers, String csv) {
        try {
            return CoreRepositories.patientImport(em, practice, e -> { }, payers).importRows(new StringReader(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark self-check failed: " + what);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
