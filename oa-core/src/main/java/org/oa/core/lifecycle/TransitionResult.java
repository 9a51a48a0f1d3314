package org.oa.core.lifecycle;

/** The outcome of asking a claim to change status: moved, or refused with an explanation. */
public sealed interface TransitionResult {

    /** The transition happened. @param lifecycle the lifecycle after the change */
    record Moved(ClaimLifecycle lifecycle) implements TransitionResult {
    }

    /**
     * The transition is not allowed; the lifecycle is unchanged.
     *
     * @param from        the current status
     * @param to          the requested status
     * @param explanation why, naming the allowed next statuses
     */
    record Refused(ClaimStatus from, ClaimStatus to, String explanation) implements TransitionResult {
    }

    /** Returns true when the transition happened. */
    default boolean moved() {
        return this instanceof Moved;
    }
}
