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
 * round takes seconds, so single-shot timing is the honest measure.
 */
public final class PersistSubmissionBenchmark {

    private PersistSubmissionBenchmark() {
    }

    public static void main(String[] args) {
        int claims = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
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
            double[] rates = new double[3];
            for (int round = 0; round < rates.length; round++) {
                long nanos = store(factory, claims);
                rates[round] = claims / (nanos / 1e9);
            }
            Arrays.sort(rates);
            System.out.printf("%s: %,d claims per submission, best %,.0f claims/s, median %,.0f claims/s%n", name,
                    claims, rates[rates.length - 1], rates[rates.length / 2]);
        }
    }

    /** Stores one submission of {@code count} claims into a new practice; returns the nanoseconds it took. */
    private static long store(EntityManagerFactory factory, int count) {
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
        long start = System.nanoTime();
        inTransaction(factory, em -> {
            CoreRepositories.submissionFiles(em, practice).add(file);
            ClaimRepository repository = CoreRepositories.claims(em, practice);
            for (Claim claim : claims) {
                repository.add(claim, ClaimLifecycle.received(claim.id(), now, "bench", "file"), file.id());
            }
        });
        return System.nanoTime() - start;
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
