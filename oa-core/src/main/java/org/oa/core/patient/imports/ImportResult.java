package org.oa.core.patient.imports;

import java.util.Objects;

/**
 * The outcome of {@link PatientImport#importRows}: {@link Imported} with what was done per row, or
 * {@link Refused} with the problems, nothing written. A refused file is an expected outcome, not an exception.
 * Immutable.
 */
public sealed interface ImportResult permits ImportResult.Imported, ImportResult.Refused {

    /** The report: per row what was done ({@link Imported}) or what is wrong ({@link Refused}). */
    ImportPreview report();

    /** Whether the rows were imported. */
    default boolean isImported() {
        return this instanceof Imported;
    }

    /**
     * Every row was imported in the caller's transaction: created, updated or left unchanged as the report says;
     * new patients' IDs are in the report.
     */
    record Imported(ImportPreview report) implements ImportResult {
        public Imported {
            Objects.requireNonNull(report, "import report");
            if (!report.isImportable()) {
                throw new IllegalArgumentException("an imported file cannot have problems");
            }
        }
    }

    /** Nothing was written, for the problems in the report (at least one). */
    record Refused(ImportPreview report) implements ImportResult {
        public Refused {
            Objects.requireNonNull(report, "import report");
            if (report.isImportable()) {
                throw new IllegalArgumentException("a refusal needs at least one problem");
            }
        }
    }
}
