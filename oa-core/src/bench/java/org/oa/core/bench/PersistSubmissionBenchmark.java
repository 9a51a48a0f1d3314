package org.oa.core.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimRepository;
import org.oa.core.identifier.Npi;
import org.oa.core.identifier.TaxId;
import org.oa.core.lifecycle.ClaimLifecycle;
import org.oa.core.persistence.CorePersistence;
import org.oa.core.persistence.CoreRepositories;
import org.oa.core.practice.Location;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.submission.SubmissionChannel;
import org.oa.core.submission.SubmissionFile;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Persisting one submission of N claims (default 10,000) in one transaction, as the clearinghouse stores a file:
 * the submission file row, then every claim with its lines, diagnoses and first status. On embedded Derby (a file
 * database under target/) and, when {@code OA_TEST_PG_URL} is set, on PostgreSQL. One warm-up round, then three
 * measured rounds per database, each into a new practice; prints claims per second. Not a JMH benchmark: one
 * round takes seconds, so single-shot timing is the honest measure. The claims are stored with
 * {@code ClaimRepository.addAll}, as the clearinghouse stores a file, or with argument {@code one-by-one} with one
 * {@code ClaimRepository.add} per claim.
 */
public final class PersistSubmissionBenchmark {

    /** Stores the claims with {@code ClaimRepository.add}, one call per claim, instead of one {@code addAll}. */
    private static boolean ONE_BY_ONE;
    private static final int ROUNDS = Integer.getInteger("rounds", 3);

    private PersistSubmissionBenchmark() {
    }

    /** Arguments (also as one string, as the bench profile passes them): [claims] [one-by-one]. */
    public static void main(String[] args) {
        List<String> words = Arrays.asList(String.join(" ", args).trim().split("\\s+"));
        int claims = words.get(0).isEmpty() ? 10_000 : Integer.parseInt(words.get(0));
        ONE_BY_ONE = words.contains("one-by-one");
        System.out.println(ONE_BY_ONE ? "ClaimRepository.add, one call per claim" : "ClaimRepository.addAll");
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(Path.of("target", "bench-derby-" + UUID.randomUUID()).toAbsolutePath().toString());
        derby.setCreateDatabase("create");
        run("Derby 10.16 (embedded, file)", derby, claims);
        String pgUrl = System.getenv("OA_TEST_PG_URL");
        if (pgUrl != null) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(pgUrl);
            pg.setUser(System.getenv("OA_TEST_PG_USER"));
            pg.setPassword(System.getenv("OA_TEST_PG_PASSWORD"));
            run("PostgreSQL (" + pgUrl + ")", pg, claims);
        } else {
            System.out.println("PostgreSQL skipped: set OA_TEST_PG_URL, OA_TEST_PG_USER, OA_TEST_PG_PASSWORD");
        }
    }

    private static void run(String name, DataSource dataSource, int claims) {
        CorePersistence.migrate(dataSource);
        try (EntityManagerFactory factory = CorePersistence.createEntityManagerFactory(dataSource)) {
            store(factory, claims); // warm-up
            double[] rates = new double[ROUNDS];
            long[] cpuMillis = new long[ROUNDS];
            for (int round = 0; round < rates.length; round++) {
                long[] nanos = store(factory, claims);
                rates[round] = claims / (nanos[0] / 1e9);
                cpuMillis[round] = nanos[1] / 1_000_000;
            }
            StringBuilder each = new StringBuilder();
            for (double rate : rates) {
                each.append(each.length() == 0 ? "" : ", ").append(String.format("%,.0f", rate));
            }
            Arrays.sort(rates);
            Arrays.sort(cpuMillis);
            // CPU time varies less than wall time on a busy machine: it leaves out waiting for the disk and for a
            // core. It is the whole process's (the JIT and garbage collector too), as ProcessHandle reports it.
            System.out.printf("%s: %,d claims per submission, best %,.0f claims/s, median %,.0f claims/s"
                    + " (rounds in order: %s; process CPU per round: median %,d ms)%n", name, claims,
                    rates[rates.length - 1], rates[rates.length / 2], each, cpuMillis[cpuMillis.length / 2]);
        }
    }

    /**
     * Stores one submission of {@code count} claims into a new practice; returns the nanoseconds it took, wall
     * time and the process's CPU time.
     */
    private static long[] store(EntityManagerFactory factory, int count) {
        PracticeId practice = PracticeId.random();
        inTransaction(factory, em -> CorePersistence.practices(em).add(new Practice(practice, "Bench practice",
                new TaxId("123456789"), new Npi("1234567893"), List.of(new Location(UUID.randomUUID(), "Main",
                "100 Main Street", "Columbus", "OH", "432151234", null)), List.of())));
        Random random = new Random(7);
        List<Claim> claims = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            claims.add(FrontEndEditsBenchmark.claim(random, practice, i));
        }
        Instant now = Instant.now();
        SubmissionFile file = SubmissionFile.received(practice, "bench.837", SubmissionChannel.UPLOAD, now,
                count * 700L);
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        inTransaction(factory, em -> {
            CoreRepositories.submissionFiles(em, practice).add(file);
            ClaimRepository repository = CoreRepositories.claims(em, practice);
            if (ONE_BY_ONE) {
                for (Claim claim : claims) {
                    repository.add(claim, ClaimLifecycle.received(claim.id(), now, "bench", "file"), file.id());
                }
            } else {
                List<ClaimRepository.NewClaim> batch = new ArrayList<>(claims.size());
                for (Claim claim : claims) {
                    batch.add(new ClaimRepository.NewClaim(claim,
                            ClaimLifecycle.received(claim.id(), now, "bench", "file")));
                }
                repository.addAll(batch, file.id());
            }
        });
        return new long[] {System.nanoTime() - start, processCpuNanos() - cpuStart};
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static void inTransaction(EntityManagerFactory factory, java.util.function.Consumer<EntityManager> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
