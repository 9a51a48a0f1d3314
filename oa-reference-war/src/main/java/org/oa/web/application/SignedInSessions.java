package org.oa.web.application;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The signed-in sessions of each account on this server, so that a password reset or change can end the
 * account's other sessions. Sessions register how to end themselves; nothing here knows about HTTP.
 * Thread-safe. Covers one server: a cluster would need a shared registry (not built yet).
 */
@ApplicationScoped
public class SignedInSessions {

    private final Map<String, Map<String, Runnable>> byAccount = new ConcurrentHashMap<>();

    /** Registers a signed-in session of {@code accountId} and how to end it. */
    public void add(String accountId, String sessionKey, Runnable end) {
        byAccount.computeIfAbsent(accountId, k -> new ConcurrentHashMap<>()).put(sessionKey, end);
    }

    /** Forgets a session that ended. */
    public void remove(String accountId, String sessionKey) {
        byAccount.computeIfPresent(accountId, (k, sessions) -> {
            sessions.remove(sessionKey);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    /** Ends every signed-in session of the account except {@code keepSessionKey} (null: end all). */
    public int endOthers(String accountId, String keepSessionKey) {
        Map<String, Runnable> sessions = byAccount.get(accountId);
        if (sessions == null) {
            return 0;
        }
        int ended = 0;
        for (Map.Entry<String, Runnable> session : List.copyOf(sessions.entrySet())) {
            if (!session.getKey().equals(keepSessionKey)) {
                sessions.remove(session.getKey());
                session.getValue().run();
                ended++;
            }
        }
        return ended;
    }
}
