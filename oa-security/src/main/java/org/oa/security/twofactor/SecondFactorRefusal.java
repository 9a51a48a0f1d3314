package org.oa.security.twofactor;

/** Why a code was refused: for the audit trail only. */
public enum SecondFactorRefusal {
    /** The code does not match. */
    WRONG_CODE,
    /** The code's time step was already used. */
    REPLAYED,
    /** The code's ten minutes are over. */
    EXPIRED,
    /** Five wrong tries used up this code. */
    TOO_MANY_ATTEMPTS,
    /** No authenticator app (or no pending enrolment) for this account. */
    NOT_ENROLLED,
    /** No e-mail/SMS code was sent, or it was already used. */
    NO_CODE_PENDING,
    /** The account is locked; the code was not checked. */
    LOCKED
}
