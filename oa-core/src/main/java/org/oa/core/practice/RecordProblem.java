package org.oa.core.practice;

import java.util.Objects;

/**
 * Why a repository did not store a record of the practice: an expected problem that depends on what is
 * already stored (a taken account number, a possible duplicate patient, two primary coverages at once), with a
 * code, the field it concerns and a message a front-desk user understands. Messages never quote the record's
 * values. Immutable and thread-safe.
 *
 * @param code    what went wrong
 * @param field   where: the field path, e.g. {@code patient.accountNumber} or {@code coverage.priority}
 * @param message a sentence for the user, without protected health information
 */
public record RecordProblem(Code code, String field, String message) {

    /** The problems repositories report. */
    public enum Code {
        /** No record with this ID in the practice (also when it belongs to another practice). */
        NOT_FOUND,
        /** A record with this ID is already stored. */
        ID_TAKEN,
        /** Someone changed the record since it was read; read it again and redo the change. */
        CHANGED_SINCE_READ,
        /** Another patient of the practice has this account number (MRN). */
        ACCOUNT_NUMBER_TAKEN,
        /** Another patient of the practice has this external ID (the ID the previous system gave them). */
        EXTERNAL_ID_TAKEN,
        /** A patient with the same last name, first name and birth date exists; the user must confirm. */
        POSSIBLE_DUPLICATE,
        /** The patient has another coverage of the same order (primary, secondary, tertiary) in effect then. */
        COVERAGE_ORDER_OVERLAP,
        /** Another provider of the practice has this NPI. */
        NPI_TAKEN,
        /** Another record of the same kind in the practice has this name. */
        NAME_TAKEN,
        /** The location is not one of the practice's. */
        UNKNOWN_LOCATION
    }

    public RecordProblem {
        Objects.requireNonNull(code, "problem code");
        Objects.requireNonNull(field, "problem field");
        Objects.requireNonNull(message, "problem message");
    }
}
