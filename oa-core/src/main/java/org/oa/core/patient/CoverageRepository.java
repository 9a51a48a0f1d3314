package org.oa.core.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.oa.core.practice.PracticeId;
import org.oa.core.practice.RecordProblem;
import org.oa.core.practice.SaveResult;

/**
 * The coverages of one practice's patients. Created for one practice ({@code CoreRepositories.coverages}): a
 * coverage can only be stored for a patient of the practice, and no query sees another practice's coverages.
 * Keeps at most one coverage of each order (primary, secondary, tertiary) in effect on any day per patient. Every
 * read and change is reported to the {@link PatientRecordListener} with the patient's ID. Implementations join the
 * caller's transaction and are not thread-safe: one per unit of work.
 */
public interface CoverageRepository {

    /** The practice this repository works for. */
    PracticeId practiceId();

    /** All coverages of the patient, by order then effective date; empty for another practice's patient. */
    List<CoverageRecord> findByPatient(PatientId patient);

    /** The patient's coverages in effect on {@code day}, primary first. */
    List<CoverageRecord> findInEffect(PatientId patient, LocalDate day);

    /** The coverage with this ID, if it is of a patient of the practice. */
    Optional<CoverageRecord> find(CoverageId id);

    /**
     * Adds a coverage. Refused with {@link RecordProblem.Code#NOT_FOUND} (field {@code coverage.patientId}) when
     * the patient is not the practice's, {@link RecordProblem.Code#COVERAGE_ORDER_OVERLAP} when another coverage of
     * the same order is in effect on a day of this one's period, {@link RecordProblem.Code#ID_TAKEN} when the ID is
     * stored.
     */
    SaveResult<CoverageRecord> add(CoverageRecord coverage);

    /**
     * Replaces a coverage (e.g. to end it, or to make a secondary primary). Refused with
     * {@link RecordProblem.Code#NOT_FOUND} or {@link RecordProblem.Code#COVERAGE_ORDER_OVERLAP}. A coverage cannot
     * move to another patient ({@link IllegalArgumentException}).
     */
    SaveResult<CoverageRecord> update(CoverageRecord coverage);

    /**
     * Deletes a coverage registered by mistake (a coverage that ended is ended with {@link #update}, not removed);
     * false when the practice has no such coverage.
     */
    boolean remove(CoverageId id);
}
