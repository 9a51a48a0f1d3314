package org.oa.security.lockout;

/**
 * Told once per lock, on the node that applied it, after the lock is stored. The WAR implements it with
 * Jakarta Mail. Exceptions it throws are logged (without personal data) and never change the sign-in outcome.
 */
@FunctionalInterface
public interface LockoutNotifier {

    /** A notifier that does nothing (the default). */
    LockoutNotifier NONE = event -> { };

    /** @param event the lock just applied */
    void accountLocked(AccountLocked event);
}
