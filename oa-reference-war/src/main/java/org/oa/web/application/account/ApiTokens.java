package org.oa.web.application.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.core.practice.PracticeId;
import org.oa.security.OaSecurity;
import org.oa.security.account.AccountId;
import org.oa.security.apitoken.ApiCaller;
import org.oa.security.apitoken.ApiToken;
import org.oa.security.apitoken.ApiTokenId;
import org.oa.security.apitoken.IssuedApiToken;

/**
 * Per-practice API tokens for the REST API: issued by a practice administrator in the Service Center (the token
 * is shown once), listed with their last use, revoked at once; and checked on every API request.
 */
@ApplicationScoped
public class ApiTokens {

    @Inject
    OaSecurity security;

    /** The practice a bearer token opens; empty when the token is malformed, unknown or revoked. */
    public Optional<PracticeId> authenticate(String token) {
        return caller(token).map(caller -> new PracticeId(caller.practiceId()));
    }

    /** The practice and the token ID a bearer token stands for; empty when malformed, unknown or revoked. */
    public Optional<ApiCaller> caller(String token) {
        return security.apiTokens().authenticate(token);
    }

    /** The practice's tokens that still work, newest first. */
    public List<ApiToken> list(PracticeId practice) {
        return security.apiTokens().list(practice.value());
    }

    /** Issues a token for the administrator's practice; the token is shown once. */
    public IssuedApiToken issue(PracticeId practice, String label, String accountId) {
        return security.apiTokens().issue(practice.value(), label, AccountId.parse(accountId));
    }

    /** Revokes a token of the practice; false when the practice has no such working token. */
    public boolean revoke(PracticeId practice, String tokenId, String accountId) {
        ApiTokenId id;
        try {
            id = ApiTokenId.parse(tokenId);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return security.apiTokens().revoke(practice.value(), id, AccountId.parse(accountId));
    }
}
