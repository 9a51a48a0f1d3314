package org.oa.web.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.oa.core.claim.ClaimRepository;
import org.oa.core.patient.CoverageRepository;
import org.oa.core.patient.PatientRecordListener;
import org.oa.core.patient.PatientRepository;
import org.oa.core.patient.imports.PatientImport;
import org.oa.core.payer.PayerList;
import org.oa.core.payer.EnrollmentRepository;
import org.oa.core.payer.PayerRepository;
import org.oa.core.persistence.CorePersistence;
import org.oa.core.persistence.CoreRepositories;
import org.oa.core.practice.LocationRepository;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.PracticeRepository;
import org.oa.core.practice.ProviderRepository;
import org.oa.core.schedule.ScheduleRepository;
import org.oa.core.submission.SubmissionFileRepository;
import org.oa.web.application.Repositories;

/**
 * {@code oa-core}'s JPA repositories over the container's transaction-scoped entity manager of unit {@code oa}: a
 * repository handed out inside a {@code @Transactional} method works in that method's JTA transaction, as the
 * entity manager the services injected before did. Thread-safe (the injected entity manager is the container's
 * proxy); the repositories are not.
 */
@ApplicationScoped
public class JpaRepositories implements Repositories {

    @PersistenceContext(unitName = "oa")
    EntityManager entityManager;

    @Override
    public PracticeRepository practices() {
        return CorePersistence.practices(entityManager);
    }

    @Override
    public PayerRepository payers() {
        return CoreRepositories.payers(entityManager);
    }

    @Override
    public ClaimRepository claims(PracticeId practice) {
        return CoreRepositories.claims(entityManager, practice);
    }

    @Override
    public EnrollmentRepository enrollments(PracticeId practice) {
        return CoreRepositories.enrollments(entityManager, practice);
    }

    @Override
    public SubmissionFileRepository submissionFiles(PracticeId practice) {
        return CoreRepositories.submissionFiles(entityManager, practice);
    }

    @Override
    public PatientRepository patients(PracticeId practice, PatientRecordListener listener) {
        return CoreRepositories.patients(entityManager, practice, listener);
    }

    @Override
    public CoverageRepository coverages(PracticeId practice, PatientRecordListener listener) {
        return CoreRepositories.coverages(entityManager, practice, listener);
    }

    @Override
    public ProviderRepository providers(PracticeId practice) {
        return CoreRepositories.providers(entityManager, practice);
    }

    @Override
    public LocationRepository locations(PracticeId practice) {
        return CoreRepositories.locations(entityManager, practice);
    }

    @Override
    public PatientImport patientImport(PracticeId practice, PatientRecordListener listener, PayerList payers) {
        return CoreRepositories.patientImport(entityManager, practice, listener, payers);
    }

    @Override
    public ScheduleRepository schedule(PracticeId practice, java.time.ZoneId zone) {
        return CoreRepositories.schedule(entityManager, practice, zone);
    }
}
