package org.oa.web.application;

import org.oa.core.claim.ClaimRepository;
import org.oa.core.patient.CoverageRepository;
import org.oa.core.patient.PatientRecordListener;
import org.oa.core.patient.PatientRepository;
import org.oa.core.patient.imports.PatientImport;
import org.oa.core.payer.PayerList;
import org.oa.core.payer.EnrollmentRepository;
import org.oa.core.payer.PayerRepository;
import org.oa.core.practice.LocationRepository;
import org.oa.core.practice.PracticeId;
import org.oa.core.schedule.ScheduleRepository;
import org.oa.core.practice.PracticeRepository;
import org.oa.core.practice.ProviderRepository;
import org.oa.core.submission.SubmissionFileRepository;

/**
 * The port through which use cases reach the stored practices, payers, claims and practice records: the
 * repositories of {@code oa-core}, each working in the caller's transaction (the infrastructure implements it over
 * the container's entity manager). A repository made for one practice never sees another practice's rows; the
 * practice and payer lists are shared. Repositories handed out are meant for one transaction and are not
 * thread-safe; this port is.
 */
public interface Repositories {

    /** The practices of the deployment. */
    PracticeRepository practices();

    /** The shared payer list. */
    PayerRepository payers();

    /** Claims of {@code practice}. */
    ClaimRepository claims(PracticeId practice);

    /** Payer enrollments of {@code practice}. */
    EnrollmentRepository enrollments(PracticeId practice);

    /** Submission files of {@code practice}. */
    SubmissionFileRepository submissionFiles(PracticeId practice);

    /** Patients of {@code practice}; every read and change is reported to {@code listener} (the audit trail). */
    PatientRepository patients(PracticeId practice, PatientRecordListener listener);

    /** Coverages of the patients of {@code practice}; every read and change is reported to {@code listener}. */
    CoverageRepository coverages(PracticeId practice, PatientRecordListener listener);

    /** Providers of {@code practice}. */
    ProviderRepository providers(PracticeId practice);

    /** Locations (offices) of {@code practice}. */
    LocationRepository locations(PracticeId practice);

    /**
     * The CSV import of patients into {@code practice}, checking payers against {@code payers}; every change and
     * comparison with a stored patient is reported to {@code listener}.
     */
    PatientImport patientImport(PracticeId practice, PatientRecordListener listener, PayerList payers);

    /** The appointment schedule of {@code practice}, in local time of {@code zone}. */
    ScheduleRepository schedule(PracticeId practice, java.time.ZoneId zone);
}
