package org.oa.core.patient.imports;

import java.util.List;
import java.util.Objects;

import org.oa.core.patient.PatientId;

/**
 * What the import does, or would do, with one row of the file. Carries no PHI: the patient is named by ID only,
 * changes by field name. Immutable and thread-safe.
 *
 * @param row       the row as a spreadsheet numbers it (the first patient row is 2)
 * @param action    what happens to the row
 * @param patientId the stored patient the row's external ID names (also for an {@link Action#INVALID} row), or
 *                  the new patient's ID once imported; null for a new patient in a preview, a refusal or an
 *                  invalid row
 * @param changes   for {@link Action#UPDATE} the names of the fields that change (e.g. {@code address,phones},
 *                  {@code coverage}); empty otherwise
 * @param problems  for {@link Action#INVALID} the row's problems, at least one; empty otherwise
 */
public record RowOutcome(int row, Action action, PatientId patientId, List<String> changes,
                         List<ImportProblem> problems) {

    /** What happens to a row. */
    public enum Action {
        /** A new patient (with a primary coverage when the row has a payer). */
        CREATE,
        /** A patient imported before (same external ID) whose stored details differ; they are replaced. */
        UPDATE,
        /** A patient imported before with the same details: nothing is written. */
        UNCHANGED,
        /** The row has problems; while any row is invalid, the import imports nothing. */
        INVALID
    }

    public RowOutcome {
        Objects.requireNonNull(action, "outcome action");
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        if ((action == Action.INVALID) == problems.isEmpty()) {
            throw new IllegalArgumentException("outcome problems must be given exactly for an invalid row");
        }
    }
}
