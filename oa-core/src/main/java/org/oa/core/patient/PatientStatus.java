package org.oa.core.patient;

/**
 * Whether a patient is still seen by the practice. Inactive and deceased patients keep their record (claims,
 * ledger and chart refer to it) and can still be found; portals decide what they may no longer do.
 */
public enum PatientStatus {
    ACTIVE, INACTIVE, DECEASED
}
