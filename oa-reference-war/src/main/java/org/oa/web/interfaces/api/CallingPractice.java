package org.oa.web.interfaces.api;

import jakarta.enterprise.context.RequestScoped;

import org.oa.core.practice.PracticeId;
import org.oa.security.apitoken.ApiTokenId;

/**
 * The practice whose token the current API request carries, and that token's ID (for the audit trail); set by
 * {@link BearerTokenFilter} only.
 */
@RequestScoped
public class CallingPractice {

    private PracticeId practice;
    private ApiTokenId token;

    private String calendarProvider;

    void set(PracticeId practice, ApiTokenId token) {
        this.practice = practice;
        this.token = token;
    }

    /**
     * A request that carries a user's calendar token instead of an API token: it may read that one provider's
     * calendar feed and nothing else.
     */
    void setCalendarReader(PracticeId practice, String provider) {
        this.practice = practice;
        this.calendarProvider = provider;
    }

    /** The provider whose feed a calendar token opens; null for an API token (which opens every provider's). */
    public String calendarProvider() {
        return calendarProvider;
    }

    /** The authenticated practice; a state error when the filter did not run (it always runs first). */
    public PracticeId get() {
        if (practice == null) {
            throw new IllegalStateException("no authenticated practice for this API request");
        }
        return practice;
    }

    /** The ID (never the secret) of the token the request carries; a state error like {@link #get()}. */
    public ApiTokenId tokenId() {
        if (token == null) {
            throw new IllegalStateException("no authenticated token for this API request");
        }
        return token;
    }
}
