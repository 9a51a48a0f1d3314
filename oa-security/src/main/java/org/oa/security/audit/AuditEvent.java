package org.oa.security.audit;

import java.util.Objects;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;

/**
 * An event to append. The detail is a short code-like note (a reason, a role name), never personal data,
 * never a password or a code.
 *
 * @param action  what happened
 * @param account who it concerns, or {@code null} (an unknown username)
 * @param portal  where, or {@code null}
 * @param detail  at most 200 characters without control characters; empty when there is nothing to add
 */
public record AuditEvent(AuditAction action, AccountId account, Portal portal, String detail) {

    /** Maximum detail length. */
    public static final int MAX_DETAIL = 200;

    /** Validates the fields. */
    public AuditEvent {
        Objects.requireNonNull(action, "action");
        detail = detail == null ? "" : detail;
        if (detail.length() > MAX_DETAIL) {
            throw new IllegalArgumentException("detail must be at most " + MAX_DETAIL + " characters");
        }
        if (detail.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("detail must not contain control characters");
        }
    }
}
