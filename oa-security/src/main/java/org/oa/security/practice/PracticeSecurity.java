package org.oa.security.practice;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.oa.security.lockout.LockoutPolicy;
import org.oa.security.password.PasswordPolicy;

/**
 * The security settings of one practice.
 *
 * @param practiceId           the practice (tenant)
 * @param practiceName         its name; a password may not contain it
 * @param npis                 its providers' NPIs; a password may not contain any of them
 * @param taxId                its tax ID (digits, with or without a dash), or {@code null}; a password may not
 *                             contain it
 * @param lockout              when failures lock an account
 * @param password             what a new password must meet
 * @param secondFactorRequired whether the practice's users must give a second factor in every portal, not only
 *                             in EHR 24/7 (which always asks); default {@code false}
 */
public record PracticeSecurity(UUID practiceId, String practiceName, Set<String> npis, String taxId,
        LockoutPolicy lockout, PasswordPolicy password, boolean secondFactorRequired) {

    /** Validates the fields. */
    public PracticeSecurity {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(practiceName, "practiceName");
        Objects.requireNonNull(lockout, "lockout");
        Objects.requireNonNull(password, "password");
        npis = npis == null ? Set.of() : Set.copyOf(npis);
        if (practiceName.length() > 200) {
            throw new IllegalArgumentException("practiceName must be at most 200 characters");
        }
    }

    /**
     * Settings that leave the second factor optional outside EHR 24/7.
     *
     * @param practiceId   the practice
     * @param practiceName its name
     * @param npis         its providers' NPIs
     * @param taxId        its tax ID, or {@code null}
     * @param lockout      when failures lock an account
     * @param password     what a new password must meet
     */
    public PracticeSecurity(UUID practiceId, String practiceName, Set<String> npis, String taxId,
            LockoutPolicy lockout, PasswordPolicy password) {
        this(practiceId, practiceName, npis, taxId, lockout, password, false);
    }

    /**
     * @param practiceId   the practice
     * @param practiceName its name
     * @return settings with the standard lockout and password policies, no identifiers and the second factor
     *         optional outside EHR 24/7
     */
    public static PracticeSecurity defaults(UUID practiceId, String practiceName) {
        return new PracticeSecurity(practiceId, practiceName, Set.of(), null, LockoutPolicy.standard(),
                PasswordPolicy.standard(), false);
    }

    /**
     * @param required whether the second factor is required in every portal
     * @return these settings with that choice
     */
    public PracticeSecurity withSecondFactorRequired(boolean required) {
        return new PracticeSecurity(practiceId, practiceName, npis, taxId, lockout, password, required);
    }
}
