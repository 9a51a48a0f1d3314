package org.oa.core.patient.imports;

import java.util.Objects;

/**
 * Why one row (or the whole file) cannot be imported: where (row, column), a code and a sentence a front-desk
 * user understands. Rows are numbered as a spreadsheet shows them: the header is row 1, the first patient row 2
 * (a quoted value with a line break does not start a new row). Messages never quote a value of the file, which is
 * PHI. Immutable and thread-safe.
 *
 * @param row     the row, 1 for the header; 0 for the file as a whole (e.g. empty)
 * @param column  the header name of the column as the format spells it (e.g. {@code birthDate}), or empty when
 *                the problem concerns the whole row or file
 * @param code    what is wrong
 * @param message a sentence for the user, without values from the file
 */
public record ImportProblem(int row, String column, Code code, String message) {

    /** What can be wrong with an import file. */
    public enum Code {
        /** The file has no header row, or nothing after it. */
        EMPTY_FILE,
        /** The header lacks a required column. */
        MISSING_COLUMN,
        /** The header names a column the format does not have (a typo, or a column to remove). */
        UNKNOWN_COLUMN,
        /** The header names a column twice. */
        DUPLICATE_COLUMN,
        /** The file has more rows than one import takes ({@link PatientImport#MAX_ROWS}). */
        TOO_MANY_ROWS,
        /** Quotes do not follow CSV rules (a quote inside an unquoted value, or a quoted value never closed). */
        MALFORMED_ROW,
        /** The row has more or fewer values than the header has columns. */
        WRONG_FIELD_COUNT,
        /** A required value is blank. */
        REQUIRED,
        /** A value is longer than the column allows. */
        TOO_LONG,
        /** A date is not {@code YYYY-MM-DD} or {@code MM/DD/YYYY}, does not exist, or is out of range. */
        BAD_DATE,
        /** The sex is not F, M or U. */
        BAD_SEX,
        /** The state is not a two-letter US state or territory code. */
        BAD_STATE,
        /** The ZIP code is not 5 or 9 digits. */
        BAD_ZIP,
        /** The telephone number is not a ten-digit number. */
        BAD_PHONE,
        /** The e-mail address is not one. */
        BAD_EMAIL,
        /** The external ID is not 1 to 50 printable characters. */
        BAD_EXTERNAL_ID,
        /** The account number is not 1 to 20 letters, digits or hyphens. */
        BAD_ACCOUNT_NUMBER,
        /** The member ID is not 1 to 80 printable characters. */
        BAD_MEMBER_ID,
        /** The relationship is not one the format knows. */
        BAD_RELATIONSHIP,
        /** The payer ID is not on the payer list. */
        UNKNOWN_PAYER,
        /** A payer is given without a member ID. */
        MISSING_MEMBER_ID,
        /** Coverage values (member ID, group, relationship, subscriber) are given without a payer. */
        MISSING_PAYER,
        /** A value is given where it does not belong (subscriber details when the patient is the subscriber). */
        NOT_EXPECTED,
        /** Another row of the file has the same external ID. */
        DUPLICATE_EXTERNAL_ID,
        /** Another row of the file has the same account number. */
        DUPLICATE_ACCOUNT_NUMBER,
        /** Another patient of the practice has this account number. */
        ACCOUNT_NUMBER_TAKEN,
        /** The primary coverage would overlap another primary coverage of the patient. */
        COVERAGE_CONFLICT
    }

    public ImportProblem {
        if (row < 0) {
            throw new IllegalArgumentException("problem row must not be negative");
        }
        column = Objects.requireNonNullElse(column, "");
        Objects.requireNonNull(code, "problem code");
        Objects.requireNonNull(message, "problem message");
    }
}
