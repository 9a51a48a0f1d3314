package org.oa.core.patient.imports;

import java.io.IOException;
import java.io.Reader;

import org.oa.core.practice.PracticeId;

/**
 * Imports the patients of one practice, with their primary coverage, from a CSV file of its previous system (the
 * format is described at {@link ImportColumn}). Created for one practice ({@code CoreRepositories.patientImport}),
 * it never reads or changes another practice's patients. A patient row is recognised by its external ID: the
 * first import creates the patient, a later import of a row with the same external ID updates the patient when
 * the details differ and writes nothing when they are the same, so importing the same file twice changes nothing.
 *
 * <p>{@link #preview} is a dry run that stores nothing; {@link #importRows} checks the file the same way and
 * imports it only when no row has a problem, in the caller's transaction (all rows or, when the caller rolls back,
 * none). Every change is reported to the {@link org.oa.core.patient.PatientRecordListener} given at creation
 * ({@code CREATED}, {@code UPDATED} with the changed field names, {@code COVERAGE_ADDED}, {@code COVERAGE_UPDATED}),
 * after the database accepted it and before the caller commits; each stored patient a row is compared with is
 * reported as {@code MATCHED}. New patients get a primary coverage in effect since ever when they have none
 * before (otherwise from the import day); a patient imported before whose primary coverage in effect today differs
 * from the row has that coverage changed in place.
 *
 * <p>The caller reads the upload in the encoding it was sent (UTF-8 unless told otherwise). Not thread-safe: one
 * per unit of work.
 */
public interface PatientImport {

    /** The most patient rows one file may have. */
    int MAX_ROWS = 100_000;

    /** The practice this import works for. */
    PracticeId practiceId();

    /**
     * Reads and checks the whole file against the payer list and the practice's patients and answers what
     * {@link #importRows} would do with each row; stores nothing. Throws only for a failing reader.
     */
    ImportPreview preview(Reader csv) throws IOException;

    /**
     * Checks the file as {@link #preview} does and, when it has no problem, creates and updates the patients and
     * their primary coverages in the caller's transaction ({@link ImportResult.Imported}); otherwise writes
     * nothing ({@link ImportResult.Refused}). A database failure (e.g. another user registering the same account
     * number meanwhile) throws {@link org.oa.core.OaCoreException}; the caller rolls back.
     */
    ImportResult importRows(Reader csv) throws IOException;
}
