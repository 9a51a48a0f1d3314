/**
 * The claim lifecycle: {@link org.oa.core.lifecycle.ClaimStatus}, the allowed transitions and the recorded
 * history of every change (time, actor, reason). An illegal transition is an expected outcome returned as
 * {@link org.oa.core.lifecycle.TransitionResult.Refused}; {@code moveOrThrow} exists for callers that treat it
 * as a programming error.
 */
package org.oa.core.lifecycle;
