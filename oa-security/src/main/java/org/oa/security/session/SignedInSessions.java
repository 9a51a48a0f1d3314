package org.oa.security.session;

import java.time.Instant;
import java.util.List;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;

/**
 * The registry of signed-in sessions, shared by every node through the database. The application registers a
 * session when its sign-in finishes, asks {@link #touch} at each request (one primary-key read; the last-seen
 * time is written at most once a minute) and ends it at sign-out or timeout. Thread-safe. Obtained from {@link
 * org.oa.security.OaSecurity#sessions()}.
 */
public interface SignedInSessions {

    /**
     * Registers a session whose sign-in has just finished.
     *
     * @param account the account
     * @param portal  the portal
     * @param device  a short description of the browser (at most 100 characters are kept; control characters
     *                are dropped); blank for "unknown browser"
     * @return the session's identifier, to keep in the application's session
     */
    SessionId begin(AccountId account, Portal portal, String device);

    /**
     * Whether the session may go on; notes the request's time (at most once a minute).
     *
     * @param id the session
     * @return {@link SessionStatus#ACTIVE}, or why not
     */
    SessionStatus touch(SessionId id);

    /**
     * Ends one session; nothing happens when it has ended already (the first reason stays).
     *
     * @param id     the session
     * @param reason why
     */
    void end(SessionId id, SessionEnd reason);

    /**
     * Ends every session of the account except {@code keep}, on every node: each finds out at its next request.
     * Audited as {@code SESSIONS_ENDED} (with the count and the reason) when any ended.
     *
     * @param account the account
     * @param keep    the session that stays, or {@code null} to end them all
     * @param reason  why
     * @return how many sessions ended
     */
    int endOthers(AccountId account, SessionId keep, SessionEnd reason);

    /**
     * Ends one of the account's own sessions from another of them ("sign out that browser"). Audited.
     *
     * @param account the account asking; a session of another account is never ended
     * @param id      the session to end
     * @return false when the account has no such active session
     */
    boolean endOne(AccountId account, SessionId id);

    /**
     * @param account   the account
     * @param seenSince only sessions with a request at or after this instant (older ones have timed out, or
     *                  their node stopped without ending them)
     * @return the account's sessions that have not ended, most recently started first
     */
    List<SignedInSession> active(AccountId account, Instant seenSince);

    /**
     * Deletes ended sessions, and sessions without a request since {@code before}, whatever their state.
     *
     * @param before the cut-off
     * @return how many rows were deleted
     */
    int purge(Instant before);
}
