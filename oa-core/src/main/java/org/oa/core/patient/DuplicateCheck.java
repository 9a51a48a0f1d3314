package org.oa.core.patient;

/**
 * Whether registering a patient checks for a possible duplicate first: an existing patient of the practice with
 * the same last name, first name and birth date (ignoring case and accents).
 */
public enum DuplicateCheck {
    /** Refuse with {@link org.oa.core.practice.RecordProblem.Code#POSSIBLE_DUPLICATE} when there is one. */
    CHECK,
    /** The user has seen the possible duplicates and confirmed that this is another person. */
    CONFIRMED
}
