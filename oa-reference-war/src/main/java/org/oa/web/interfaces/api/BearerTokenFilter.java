package org.oa.web.interfaces.api;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.oa.core.practice.PracticeId;
import org.oa.security.apitoken.ApiCaller;
import org.oa.web.application.account.ApiTokens;

/**
 * Lets a request in only with {@code Authorization: Bearer <token>} of a working API token, and remembers the
 * token's practice for the resources. Runs before matching, so that unknown paths reveal nothing either.
 * Otherwise: 401 with {@code WWW-Authenticate} (RFC 6750) and a JSON error.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String SCHEME = "Bearer ";
    private static final String REALM = "Bearer realm=\"oa-api\"";

    @Inject
    ApiTokens tokens;

    @Inject
    CallingPractice callingPractice;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            request.abortWith(refusal(REALM, "missing_token",
                    "Send the practice's API token as 'Authorization: Bearer <token>'."));
            return;
        }
        Optional<ApiCaller> caller = tokens.caller(header.substring(SCHEME.length()).strip());
        if (caller.isEmpty()) {
            request.abortWith(refusal(REALM + ", error=\"invalid_token\"", "invalid_token",
                    "The API token is not valid: it is unknown or was revoked."));
            return;
        }
        callingPractice.set(new PracticeId(caller.get().practiceId()), caller.get().tokenId());
    }

    private static Response refusal(String challenge, String error, String message) {
        return Response.fromResponse(ApiError.response(Response.Status.UNAUTHORIZED, error, message))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}
