package org.oa.security.account;

/** The four portals of OA; a session is always opened for exactly one of them. */
public enum Portal {
    /** The clearinghouse back office: billers and practice administrators. */
    SERVICE_CENTER,
    /** Practice management: front desk and practice administrators. */
    PRACTICE_MATE,
    /** The electronic health record: clinicians. */
    EHR,
    /** The patient portal: patients only. */
    PATIENT
}
