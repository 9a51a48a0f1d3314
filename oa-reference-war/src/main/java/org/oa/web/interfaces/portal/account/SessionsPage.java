package org.oa.web.interfaces.portal.account;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;

import org.oa.security.session.SessionEnd;
import org.oa.security.session.SignedInSession;
import org.oa.web.application.signin.WebSessions;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SessionAudit;
import org.oa.web.interfaces.portal.frame.SessionSettings;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/**
 * Backs "Where you are signed in" on the account security page of every portal: the account's sessions on every
 * node, in every portal, and signing out one of them or all but this one. Acts only on the signed-in user's own
 * sessions.
 */
@PortalPage
@Named("sessionsPage")
@RequestScoped
public class SessionsPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    WebSessions sessions;

    @Inject
    SessionSettings timing;

    /** One session as the list shows it. */
    public record Row(String key, String portal, String device, String started, String lastActive, boolean current) {
    }

    private List<Row> rows;

    /** The user's sessions that have not ended or timed out, this one marked. */
    public List<Row> getSessions() {
        if (rows == null) {
            String current = currentKey();
            // A session idle for longer than the longest portal limit has timed out, whatever the registry says
            // (its node may have stopped before it could end it); the last-seen time is kept to the minute.
            Duration longestIdle = Arrays.stream(PortalSite.values()).map(timing::idleTimeout)
                    .max(Duration::compareTo).orElseThrow().plusMinutes(1);
            rows = sessions.list(user().accountId(), Instant.now().minus(longestIdle)).stream()
                    .map(s -> row(s, current)).toList();
        }
        return rows;
    }

    /** Signs out one other session; it finds out at its next request, on whichever server it runs. */
    public void signOut(String key) {
        rows = null;
        if (key != null && key.equals(currentKey())) {
            message(FacesMessage.SEVERITY_ERROR, "To end this session, use Sign out.");
            return;
        }
        if (sessions.endOne(user().accountId(), key)) {
            message(FacesMessage.SEVERITY_INFO, "That session was signed out.");
        } else {
            message(FacesMessage.SEVERITY_ERROR, "That session had already ended.");
        }
    }

    /** Signs out every session of this account except this one. */
    public void signOutOthers() {
        rows = null;
        int ended = sessions.endOthers(user().accountId(), currentKey(), SessionEnd.SIGNED_OUT_ELSEWHERE);
        message(FacesMessage.SEVERITY_INFO, ended == 0 ? "You were not signed in anywhere else."
                : ended + (ended == 1 ? " other session was" : " other sessions were") + " signed out.");
    }

    private static Row row(SignedInSession s, String current) {
        String key = s.id().toString();
        return new Row(key, PortalSite.of(s.portal()).title(), s.device().isEmpty() ? "Unknown browser" : s.device(),
                WHEN.format(s.startedAt()), WHEN.format(s.lastSeenAt()), key.equals(current));
    }

    private static String currentKey() {
        return SessionAudit.key((HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false));
    }

    private static void message(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static SignedInUser user() {
        return SignedInUser.current();
    }
}
