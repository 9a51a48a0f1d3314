package org.oa.security.login;

/**
 * Told each time a password is run through argon2 (against a real or a dummy hash). Meant for metrics and
 * for tests that prove the lockout bounds hashing work; it receives no credential or account data. Called on
 * the signing-in thread; must be fast and thread-safe.
 */
@FunctionalInterface
public interface PasswordVerificationListener {

    /** A listener that does nothing (the default). */
    PasswordVerificationListener NONE = () -> { };

    /** One argon2 verification is about to run. */
    void verifying();
}
