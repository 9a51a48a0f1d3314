package org.oa.web.application.account;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.core.identifier.Npi;
import org.oa.core.identifier.TaxId;
import org.oa.core.practice.Location;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.Provider;
import org.oa.security.OaSecurity;
import org.oa.security.account.AccountId;
import org.oa.security.apitoken.ApiCaller;
import org.oa.security.apitoken.ApiToken;
import org.oa.security.apitoken.ApiTokenId;
import org.oa.security.apitoken.IssuedApiToken;
import org.oa.web.application.demo.DemoData;

/**
 * Per-practice API tokens for the REST API: issued by a practice administrator in the Service Center (the token
 * is shown once), listed with their last use, revoked at once; and checked on every API request.
 */
@ApplicationScoped
public class ApiTokens {

    private static final Logger LOG = System.getLogger(ApiTokens.class.getName());

    /** The label of the demo practice's operator-provisioned token. */
    public static final String DEMO_LABEL = "Demo API token (oa.demo.api-token)";

    @Inject
    OaSecurity security;

    @Inject
    DemoData demoData;

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

    /**
     * Demo data for API clients and container tests, called once when the demo practice is created: gives the demo
     * practice the chosen token {@code demoToken} and, when {@code secondPracticeToken} is set, creates a second
     * synthetic practice ("Lakeside Pediatrics", no accounts) holding that token, so that tests can show one
     * practice never sees another's data. Either token may be null (then nothing is done for it).
     */
    public void provisionDemo(PracticeId demoPractice, String demoToken, String secondPracticeToken) {
        if (demoToken != null && !demoToken.isBlank()) {
            security.apiTokens().provision(demoPractice.value(), DEMO_LABEL, demoToken.strip().toCharArray());
            LOG.log(Level.INFO, "Demo API token provisioned for the demo practice (oa.demo.api-token)");
        }
        if (secondPracticeToken != null && !secondPracticeToken.isBlank()) {
            Practice second = secondDemoPractice(PracticeId.random());
            demoData.storePractice(second);
            security.apiTokens().provision(second.id().value(), DEMO_LABEL, secondPracticeToken.strip().toCharArray());
            LOG.log(Level.INFO, "Second demo practice created with its API token"
                    + " (oa.demo.second-practice-api-token)");
        }
    }

    /** A second synthetic practice; every name and number is invented (NPIs with a valid check digit). */
    static Practice secondDemoPractice(PracticeId id) {
        return new Practice(id, "Lakeside Pediatrics", new TaxId("987654321"), new Npi("1003000126"),
                List.of(new Location(UUID.randomUUID(), "Lakeside Clinic", "20 Lake Road", "Springfield", "IL",
                        "627021234", "2175550199")),
                List.of(new Provider(UUID.randomUUID(), "Robin", "Lake", new Npi("1987654328"), "208000000X")));
    }
}
