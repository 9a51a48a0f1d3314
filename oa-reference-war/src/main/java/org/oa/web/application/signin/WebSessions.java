package org.oa.web.application.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.security.OaSecurity;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;
import org.oa.security.session.SessionEnd;
import org.oa.security.session.SessionId;
import org.oa.security.session.SessionStatus;
import org.oa.security.session.SignedInSession;

/**
 * The signed-in sessions of every node, through oa-security's registry in the database: a password change or reset
 * ends an account's other sessions wherever they run, and users list and end their own sessions. Sessions are
 * named by the registry's key (a random UUID kept in the HTTP session), never by the HTTP session ID.
 */
@ApplicationScoped
public class WebSessions {

    /** How long ended sessions, and those whose node stopped without ending them, are kept for the record. */
    public static final Duration KEPT = Duration.ofDays(30);

    @Inject
    OaSecurity security;

    /** Forgets the sessions that ended (or whose node stopped) more than {@link #KEPT} ago; run at each start. */
    public void purgeOld() {
        security.sessions().purge(Instant.now().minus(KEPT));
    }

    /** Registers a session whose sign-in has just finished; returns its key. */
    public String begin(String accountId, Portal portal, String device) {
        return security.sessions().begin(AccountId.parse(accountId), portal, device).toString();
    }

    /** Whether the session with this key may go on (false for a missing or malformed key). */
    public boolean active(String key) {
        SessionId id = parse(key);
        return id != null && security.sessions().touch(id) == SessionStatus.ACTIVE;
    }

    /** Ends the session with this key, if it has not ended already. */
    public void end(String key, SessionEnd reason) {
        SessionId id = parse(key);
        if (id != null) {
            security.sessions().end(id, reason);
        }
    }

    /** Ends every session of the account except {@code keepKey} (null: all of them), on every node. */
    public int endOthers(String accountId, String keepKey, SessionEnd reason) {
        return security.sessions().endOthers(AccountId.parse(accountId), parse(keepKey), reason);
    }

    /** Ends one of the account's own sessions; false when it has no such active session. */
    public boolean endOne(String accountId, String key) {
        SessionId id = parse(key);
        return id != null && security.sessions().endOne(AccountId.parse(accountId), id);
    }

    /** The account's sessions that have not ended and had a request since {@code seenSince}. */
    public List<SignedInSession> list(String accountId, Instant seenSince) {
        return security.sessions().active(AccountId.parse(accountId), seenSince);
    }

    private static SessionId parse(String key) {
        if (key == null) {
            return null;
        }
        try {
            return SessionId.parse(key);
        } catch (IllegalArgumentException notAKey) {
            return null;
        }
    }
}
