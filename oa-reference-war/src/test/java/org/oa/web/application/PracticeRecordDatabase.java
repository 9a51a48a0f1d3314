package org.oa.web.application;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.oa.core.identifier.MemberId;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.DuplicateCheck;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PersonName;
import org.oa.core.persistence.CorePersistence;
import org.oa.core.practice.PracticeId;
import org.oa.security.OaSecurity;
import org.oa.security.password.Argon2Parameters;
import org.oa.web.application.audit.PatientDataAudit;
import org.oa.web.application.payer.PayerCatalog;
import org.oa.web.infrastructure.persistence.JpaRepositories;

/**
 * A real in-memory Derby with both schemas migrated, one entity manager, the infrastructure's {@link Repositories}
 * over it and the application services wired over them as the container would (the tests begin and commit the
 * transactions the container would). Synthetic data.
 */
public final class PracticeRecordDatabase implements AutoCloseable {

    public final OaSecurity security;
    public final EntityManager entityManager;
    public final Repositories repositories;
    public final PatientDataAudit audit = new PatientDataAudit();
    public final PayerCatalog payerCatalog = new PayerCatalog();
    private final EntityManagerFactory factory;

    public PracticeRecordDatabase(String name) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + name + "-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        CorePersistence.migrate(dataSource);
        security = OaSecurity.builder().dataSource(dataSource).hashParameters(new Argon2Parameters(256, 1, 1))
                .build();
        security.migrate();
        factory = CorePersistence.createEntityManagerFactory(dataSource);
        entityManager = factory.createEntityManager();
        JpaRepositories jpa = new JpaRepositories();
        Wiring.inject(jpa, "entityManager", entityManager);
        repositories = jpa;
        Wiring.inject(audit, "security", security);
        Wiring.inject(payerCatalog, "repositories", repositories);
        inTransaction(payerCatalog::loadBundledIfEmpty);
    }

    /** Runs {@code work} in one transaction, as a {@code @Transactional} method would; then forgets what it read. */
    public <T> T inTransaction(Supplier<T> work) {
        entityManager.getTransaction().begin();
        try {
            T result = work.get();
            entityManager.getTransaction().commit();
            return result;
        } finally {
            if (entityManager.getTransaction().isActive()) {
                entityManager.getTransaction().rollback();
            }
            entityManager.clear();
        }
    }

    public void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Creates a synthetic patient of {@code practice} (unaudited: test set-up, not a user's work), even when one
     * with the same name and birth date exists.
     */
    public PatientRecord registered(PracticeId practice, String account, String first, String last, LocalDate born) {
        return inTransaction(() -> repositories.patients(practice, event -> { })
                .create(PatientRecord.builder().id(PatientId.random()).practiceId(practice)
                        .accountNumber(AccountNumber.of(account)).name(PersonName.of(first, last)).birthDate(born)
                        .build(), DuplicateCheck.CONFIRMED).saved().orElseThrow());
    }

    /** As {@link #registered}, with a primary SIM01 coverage under {@code memberId} (the patient is the subscriber). */
    public PatientRecord registered(PracticeId practice, String account, String first, String last, LocalDate born,
                                    String memberId) {
        PatientRecord record = registered(practice, account, first, last, born);
        run(() -> repositories.coverages(practice, event -> { }).add(CoverageRecord.self(record.id(),
                PayerId.of("SIM01"), new MemberId(memberId), "GRP100", CoveragePriority.PRIMARY, null)));
        return record;
    }

    @Override
    public void close() {
        entityManager.close();
        factory.close();
    }
}
