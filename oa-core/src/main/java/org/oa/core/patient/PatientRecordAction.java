package org.oa.core.patient;

/** What was done with a patient record, as a {@link PatientRecordEvent} reports it. */
public enum PatientRecordAction {
    /** The record was read by ID or account number. */
    VIEWED(false),
    /** The record was on a page of a search or in a list of possible duplicates. */
    LISTED(false),
    /** The record was compared with an incoming claim ({@link org.oa.core.claim.PatientMatcher}) or an import row. */
    MATCHED(false),
    /** The patient's coverages were read. */
    COVERAGE_VIEWED(false),
    /** The record was registered. */
    CREATED(true),
    /** The record's details were changed. */
    UPDATED(true),
    /** A coverage was added. */
    COVERAGE_ADDED(true),
    /** A coverage was changed. */
    COVERAGE_UPDATED(true),
    /** A coverage was removed. */
    COVERAGE_REMOVED(true);

    private final boolean change;

    PatientRecordAction(boolean change) {
        this.change = change;
    }

    /** Whether the action changed the record (otherwise it read it). */
    public boolean isChange() {
        return change;
    }
}
