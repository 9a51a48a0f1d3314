package org.oa.security.apitoken;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.oa.security.account.AccountId;

/**
 * A practice's API token as listed to its administrators: everything but the token.
 *
 * @param id         the identifier
 * @param practiceId the practice whose data the token opens
 * @param label      what the practice calls it, e.g. "EHR integration"
 * @param createdBy  the administrator who issued it, or {@code null} when the operator provisioned it
 * @param createdAt  when it was issued
 * @param lastUsedAt when it last opened the API (to the minute), or {@code null} when never
 */
public record ApiToken(ApiTokenId id, UUID practiceId, String label, AccountId createdBy, Instant createdAt,
        Instant lastUsedAt) {

    /** Validates the fields. */
    public ApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
