package org.oa.security.apitoken;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oa.security.account.AccountId;

/**
 * Issues, checks, lists and revokes per-practice API tokens. Tokens carry 256 random bits, so they are stored as
 * a plain SHA-256 hash (a slow password hash adds nothing at that entropy) and found by that hash: the lookup
 * compares no secret character by character. Issuing, revoking and every refused token are written to the audit
 * trail. Obtained from {@link org.oa.security.OaSecurity#apiTokens()}; thread-safe.
 */
public interface ApiTokens {

    /** Longest label, in characters. */
    int MAX_LABEL = 100;

    /** The prefix of every token, so that leaked tokens are easy to recognize (and to scan for). */
    String PREFIX = "oa_";

    /**
     * Issues a new token for the practice; earlier tokens keep working.
     *
     * @param practiceId the practice whose data the token opens
     * @param label      1 to {@value #MAX_LABEL} characters without control characters, e.g. "EHR integration"
     * @param createdBy  the administrator issuing it
     * @return the token, to show once
     * @throws IllegalArgumentException when the label is blank, too long or holds control characters
     */
    IssuedApiToken issue(UUID practiceId, String label, AccountId createdBy);

    /**
     * Stores a token chosen by the operator (demo data, tests, migration from another system); hashed like a
     * generated one.
     *
     * @param practiceId the practice
     * @param label      as for {@link #issue}
     * @param token      {@value #PREFIX} followed by at least 32 URL-safe Base64 characters; not kept
     * @return the token's identifier
     * @throws IllegalArgumentException when the label or token is malformed
     * @throws org.oa.security.OaSecurityException when the token is already in use
     */
    ApiTokenId provision(UUID practiceId, String label, char[] token);

    /**
     * Checks a bearer token and notes its use (to the minute). A malformed, unknown or revoked token is refused
     * and audited without the token.
     *
     * @param token the token the client sent
     * @return the practice and token, or empty when refused
     */
    Optional<ApiCaller> authenticate(char[] token);

    /**
     * Same as {@link #authenticate(char[])}.
     *
     * @param token the token the client sent
     * @return the practice and token, or empty when refused
     */
    default Optional<ApiCaller> authenticate(String token) {
        return authenticate(token == null ? new char[0] : token.toCharArray());
    }

    /**
     * @param practiceId the practice
     * @return its tokens that are not revoked, newest first
     */
    List<ApiToken> list(UUID practiceId);

    /**
     * Revokes a token of the practice at once. A token of another practice is left alone.
     *
     * @param practiceId the practice
     * @param tokenId    the token
     * @param revokedBy  who revoked it, or {@code null} for the operator
     * @return {@code true} when the practice had this token and it is now revoked
     */
    boolean revoke(UUID practiceId, ApiTokenId tokenId, AccountId revokedBy);
}
