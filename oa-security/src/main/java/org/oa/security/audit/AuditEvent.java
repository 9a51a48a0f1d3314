package org.oa.security.audit;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;

/**
 * An event to append. The detail is a short code-like note (a reason, a role name, a claim ID), never personal
 * data, never a password or a code.
 *
 * @param action  what happened
 * @param account who it concerns, or {@code null} (an unknown username, an API caller)
 * @param portal  where, or {@code null}
 * @param detail  at most 200 characters without control characters; empty when there is nothing to add
 * @param patient the patient whose data was seen or changed, as the patient's UUID in lower case, or {@code null}
 *                for an event that is not about one patient; never a name or a member ID
 * @param practice the practice the event belongs to, or {@code null}: then the trail takes the account's practice
 *                 (none for a patient's account or an event without an account). Set it for events without an
 *                 account that still belong to one practice, such as an API caller's (see {@link #inPractice})
 */
public record AuditEvent(AuditAction action, AccountId account, Portal portal, String detail, String patient,
        UUID practice) {

    /** Maximum detail length. */
    public static final int MAX_DETAIL = 200;

    /** Validates the fields and writes the patient's UUID in its canonical lower-case form. */
    public AuditEvent {
        Objects.requireNonNull(action, "action");
        detail = detail == null ? "" : detail;
        if (detail.length() > MAX_DETAIL) {
            throw new IllegalArgumentException("detail must be at most " + MAX_DETAIL + " characters");
        }
        if (detail.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("detail must not contain control characters");
        }
        patient = patient == null ? null : patientId(patient);
    }

    /**
     * An event that may be about one patient, in the account's practice.
     *
     * @param action  what happened
     * @param account who it concerns, or {@code null}
     * @param portal  where, or {@code null}
     * @param detail  a short note, or {@code null} for none
     * @param patient the patient's UUID, or {@code null}
     */
    public AuditEvent(AuditAction action, AccountId account, Portal portal, String detail, String patient) {
        this(action, account, portal, detail, patient, null);
    }

    /**
     * An event that is not about one patient.
     *
     * @param action  what happened
     * @param account who it concerns, or {@code null}
     * @param portal  where, or {@code null}
     * @param detail  a short note, or {@code null} for none
     */
    public AuditEvent(AuditAction action, AccountId account, Portal portal, String detail) {
        this(action, account, portal, detail, null);
    }

    /**
     * An event about one patient's data, such as {@link AuditAction#PATIENT_DATA_VIEWED}.
     *
     * @param action  what happened
     * @param account who did it, or {@code null} (an API caller, named in the detail)
     * @param portal  where, or {@code null}
     * @param patient the patient's UUID
     * @param detail  what was seen or changed and where, for example {@code claim <id> via Claim page}
     * @return the event
     */
    public static AuditEvent aboutPatient(AuditAction action, AccountId account, Portal portal, UUID patient,
            String detail) {
        return new AuditEvent(action, account, portal, detail, Objects.requireNonNull(patient, "patient").toString());
    }

    /**
     * @param practiceId the practice this event belongs to
     * @return the same event, attributed to that practice
     */
    public AuditEvent inPractice(UUID practiceId) {
        return new AuditEvent(action, account, portal, detail, patient, Objects.requireNonNull(practiceId, "practice"));
    }

    /**
     * @param text a patient reference as given
     * @return the canonical lower-case UUID
     * @throws IllegalArgumentException when it is not a UUID in its 36-character form
     */
    static String patientId(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        try {
            if (lower.length() == 36 && UUID.fromString(lower).toString().equals(lower)) {
                return lower;
            }
        } catch (IllegalArgumentException notUuid) {
            // falls through to the message below, which names the field but not the value
        }
        throw new IllegalArgumentException("patient must be a UUID");
    }
}
