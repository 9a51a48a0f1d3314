package org.oa.security.apitoken;

import java.util.Objects;
import java.util.UUID;

/**
 * Who a valid token speaks for: the practice, and the token (for the audit trail and revocation).
 *
 * @param practiceId the practice; the API shows this practice's data only
 * @param tokenId    the token used
 */
public record ApiCaller(UUID practiceId, ApiTokenId tokenId) {

    /** Validates the fields. */
    public ApiCaller {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(tokenId, "tokenId");
    }
}
