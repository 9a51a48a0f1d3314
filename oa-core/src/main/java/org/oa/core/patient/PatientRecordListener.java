package org.oa.core.patient;

/**
 * Hears every read and change of a patient record, so that the application can write its audit trail (OA core
 * knows no users and has no audit store; the application's listener adds who and where). {@link PatientRepository}
 * and {@link CoverageRepository} call it once per patient and action, in the caller's thread and unit of work:
 * for a read after the rows were loaded and before they are returned, for a change after the database accepted it
 * (flushed) and before the caller commits. Nothing is reported for a lookup that found nothing or a change that was
 * refused.
 *
 * <p>An exception thrown by the listener reaches the repository's caller: the read record is not returned, and
 * the caller should roll the change back. Implementations must not log PHI; the event has none.
 */
@FunctionalInterface
public interface PatientRecordListener {

    /** Called for each read or change of one patient's record. */
    void onEvent(PatientRecordEvent event);
}
