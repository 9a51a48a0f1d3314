package org.oa.core.persistence;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.oa.core.claim.ClaimRepository;
import org.oa.core.internal.persistence.JpaClaimRepository;
import org.oa.core.internal.persistence.JpaCoverageRepository;
import org.oa.core.internal.persistence.JpaEnrollmentRepository;
import org.oa.core.internal.persistence.JpaLocationRepository;
import org.oa.core.internal.persistence.JpaPatientImport;
import org.oa.core.internal.persistence.JpaPatientRepository;
import org.oa.core.internal.persistence.JpaPayerRepository;
import org.oa.core.internal.persistence.JpaProviderRepository;
import org.oa.core.internal.persistence.JpaResourceRepository;
import org.oa.core.internal.persistence.JpaScheduleRepository;
import org.oa.core.internal.persistence.JpaSubmissionFileRepository;
import org.oa.core.patient.CoverageRepository;
import org.oa.core.patient.PatientRecordListener;
import org.oa.core.patient.PatientRepository;
import org.oa.core.patient.imports.PatientImport;
import org.oa.core.payer.EnrollmentRepository;
import org.oa.core.payer.PayerList;
import org.oa.core.payer.PayerRepository;
import org.oa.core.practice.LocationRepository;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.ProviderRepository;
import org.oa.core.practice.ResourceRepository;
import org.oa.core.schedule.ScheduleRepository;
import org.oa.core.submission.SubmissionFileRepository;

/**
 * Hands out the JPA repositories of the claims domain and the practice record, each working in the caller's
 * entity manager (and its transaction). Every repository but the payer repository is created for one practice and
 * never sees another practice's rows; the payer repository holds the shared payer list. Patient and coverage
 * repositories report every read and change to the given {@link PatientRecordListener} (the audit trail).
 * Stateless and thread-safe; the repositories are not.
 */
public final class CoreRepositories {

    private CoreRepositories() {
    }

    /** Claims of {@code practice}. */
    public static ClaimRepository claims(EntityManager entityManager, PracticeId practice) {
        return new JpaClaimRepository(entityManager, Objects.requireNonNull(practice, "practice"));
    }

    /** Enrollments of {@code practice}. */
    public static EnrollmentRepository enrollments(EntityManager entityManager, PracticeId practice) {
        return new JpaEnrollmentRepository(entityManager, Objects.requireNonNull(practice, "practice"));
    }

    /** Submission files of {@code practice}. */
    public static SubmissionFileRepository submissionFiles(EntityManager entityManager, PracticeId practice) {
        return new JpaSubmissionFileRepository(entityManager, Objects.requireNonNull(practice, "practice"));
    }

    /**
     * Patients of {@code practice}; every read and change is reported to {@code listener}. Stamps come from the
     * system clock (UTC).
     */
    public static PatientRepository patients(EntityManager entityManager, PracticeId practice,
                                             PatientRecordListener listener) {
        return patients(entityManager, practice, listener, Clock.systemUTC());
    }

    /** Patients of {@code practice}, with created and updated stamps read from {@code clock}. */
    public static PatientRepository patients(EntityManager entityManager, PracticeId practice,
                                             PatientRecordListener listener, Clock clock) {
        return new JpaPatientRepository(entityManager, Objects.requireNonNull(practice, "practice"),
                Objects.requireNonNull(listener, "listener"), Objects.requireNonNull(clock, "clock"));
    }

    /** Coverages of the patients of {@code practice}; every read and change is reported to {@code listener}. */
    public static CoverageRepository coverages(EntityManager entityManager, PracticeId practice,
                                               PatientRecordListener listener) {
        return new JpaCoverageRepository(entityManager, Objects.requireNonNull(practice, "practice"),
                Objects.requireNonNull(listener, "listener"));
    }

    /**
     * The CSV import of patients with their primary coverage into {@code practice}, checking payers against
     * {@code payers} (e.g. {@code payers(entityManager).toPayerList()}); every change and comparison with a stored
     * patient is reported to {@code listener}. Stamps and "today" come from the system clock (UTC).
     */
    public static PatientImport patientImport(EntityManager entityManager, PracticeId practice,
                                              PatientRecordListener listener, PayerList payers) {
        return patientImport(entityManager, practice, listener, payers, Clock.systemUTC());
    }

    /** The CSV import into {@code practice}, with stamps and "today" (UTC) read from {@code clock}. */
    public static PatientImport patientImport(EntityManager entityManager, PracticeId practice,
                                              PatientRecordListener listener, PayerList payers, Clock clock) {
        return new JpaPatientImport(entityManager, Objects.requireNonNull(practice, "practice"),
                Objects.requireNonNull(listener, "listener"), Objects.requireNonNull(payers, "payers"),
                Objects.requireNonNull(clock, "clock"));
    }

    /** Providers of {@code practice}. */
    public static ProviderRepository providers(EntityManager entityManager, PracticeId practice) {
        return new JpaProviderRepository(entityManager, Objects.requireNonNull(practice, "practice"));
    }

    /** Locations of {@code practice}. */
    public static LocationRepository locations(EntityManager entityManager, PracticeId practice) {
        return new JpaLocationRepository(entityManager, Objects.requireNonNull(practice, "practice"));
    }

    /** Bookable rooms and equipment of {@code practice}. */
    public static ResourceRepository resources(EntityManager entityManager, PracticeId practice) {
        return new JpaResourceRepository(entityManager, Objects.requireNonNull(practice, "practice"));
    }

    /**
     * The appointment schedule of {@code practice}, whose appointments are in local time of {@code zone}; "now"
     * (which occurrences of a series have not started yet) comes from the system clock. Joins the caller's
     * transaction: see {@link ScheduleRepository}.
     */
    public static ScheduleRepository schedule(EntityManager entityManager, PracticeId practice, ZoneId zone) {
        return schedule(entityManager, practice, zone, Clock.systemUTC());
    }

    /** The appointment schedule of {@code practice} in {@code zone}, with "now" read from {@code clock}. */
    public static ScheduleRepository schedule(EntityManager entityManager, PracticeId practice, ZoneId zone,
                                              Clock clock) {
        return new JpaScheduleRepository(entityManager, Objects.requireNonNull(practice, "practice"),
                Objects.requireNonNull(zone, "zone"), Objects.requireNonNull(clock, "clock"));
    }

    /** The shared payer list. */
    public static PayerRepository payers(EntityManager entityManager) {
        return new JpaPayerRepository(entityManager);
    }
}
