package org.oa.security.lockout;

import java.time.Duration;
import java.util.Objects;

/**
 * When repeated failures lock an account, and for how long. Failures during a lock are refused without being
 * counted and do not extend it; a successful sign-in resets both the failure counter and the lock history.
 *
 * @param threshold    consecutive failures that lock the account (default 5)
 * @param firstLock    how long the first lock lasts (default 15 minutes)
 * @param repeatedLock how long each further lock lasts until a successful sign-in (default 30 minutes)
 */
public record LockoutPolicy(int threshold, Duration firstLock, Duration repeatedLock) {

    /** Validates the fields. */
    public LockoutPolicy {
        Objects.requireNonNull(firstLock, "firstLock");
        Objects.requireNonNull(repeatedLock, "repeatedLock");
        if (threshold < 1 || threshold > 100) {
            throw new IllegalArgumentException("threshold must be 1..100");
        }
        if (firstLock.isNegative() || firstLock.isZero() || repeatedLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("firstLock must be positive and repeatedLock at least firstLock");
        }
    }

    /** @return 5 failures, 15 minutes, then 30 minutes */
    public static LockoutPolicy standard() {
        return new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(30));
    }

    /**
     * @param previousLocks locks since the last successful sign-in
     * @return how long the next lock lasts
     */
    public Duration lockDuration(int previousLocks) {
        return previousLocks == 0 ? firstLock : repeatedLock;
    }
}
