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
import org.oa.web.application.account.CalendarTokens;

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

    @Inject
    CalendarTokens calendarTokens;

    /** The one path a calendar token opens (read only): {@code providers/{id}/calendar.ics}. */
    private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile(
            "providers/([0-9a-fA-F-]{36})/calendar\\.ics");

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null && calendarFeed(request)) {
            return;
        }
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

    /**
     * A phone's calendar reads a provider's feed with {@code ?token=} (it cannot send a header): true when the
     * request is that, and then it is either let in for that provider only or refused here.
     */
    private boolean calendarFeed(ContainerRequestContext request) {
        String token = request.getUriInfo().getQueryParameters().getFirst("token");
        if (token == null) {
            return false;
        }
        java.util.regex.Matcher path = CALENDAR.matcher(request.getUriInfo().getPath(false).replaceFirst("^/", ""));
        Optional<org.oa.security.calendar.CalendarFeedReader> reader = "GET".equals(request.getMethod())
                && path.matches() ? calendarTokens.verify(token) : Optional.empty();
        if (reader.isEmpty() || reader.get().practiceId() == null
                || !reader.get().providerId().equalsIgnoreCase(path.group(1))) {
            request.abortWith(refusal(REALM + ", error=\"invalid_token\"", "invalid_token",
                    "The calendar link is not valid: it is unknown, was replaced by a newer link, or is for another "
                    + "calendar. Make a new link on the schedule page."));
            return true;
        }
        callingPractice.setCalendarReader(new PracticeId(reader.get().practiceId()), path.group(1).toLowerCase(
                java.util.Locale.ROOT));
        return true;
    }

    private static Response refusal(String challenge, String error, String message) {
        return Response.fromResponse(ApiError.response(Response.Status.UNAUTHORIZED, error, message))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}
