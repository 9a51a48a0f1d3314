package org.oa.core.lifecycle;

import org.oa.core.OaCoreException;

/**
 * Thrown by {@link ClaimLifecycle#moveOrThrow} when a caller that was sure of a transition was wrong: a
 * programming error, unlike {@link TransitionResult.Refused}, which callers handle as an expected outcome.
 */
public final class IllegalTransitionException extends OaCoreException {
    private static final long serialVersionUID = 1L;

    public IllegalTransitionException(String message) {
        super(message);
    }
}
