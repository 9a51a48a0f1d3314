package org.oa.security.practice;

import java.util.Optional;
import java.util.UUID;
import org.oa.security.account.AccountId;

/**
 * Stores per-practice security settings. Obtained from {@link org.oa.security.OaSecurity#practices()};
 * thread-safe. Changes apply to the next sign-in or password change on every node.
 */
public interface PracticeSettings {

    /**
     * Creates or replaces a practice's settings (audited).
     *
     * @param settings the new settings
     */
    void save(PracticeSecurity settings);

    /**
     * @param practiceId the practice
     * @return its stored settings, or empty when it uses the defaults
     */
    Optional<PracticeSecurity> find(UUID practiceId);

    /**
     * Whether the practice's users must give a second factor in every portal. EHR 24/7 asks for one whatever
     * this says; patients belong to no practice and are never affected.
     *
     * @param practiceId a practice, or {@code null} for a patient
     * @return {@code true} when the practice requires it; {@code false} for a patient or a practice without
     *         settings
     */
    boolean secondFactorRequired(UUID practiceId);

    /**
     * Requires, or stops requiring, a second factor in every portal for one practice's users, keeping its other
     * settings (a practice without settings gets the defaults). Recorded in the audit trail as {@link
     * org.oa.security.audit.AuditAction#SETTINGS_CHANGED} under the account that changed it.
     *
     * @param practiceId   the practice
     * @param practiceName its name, used only when the practice has no settings yet
     * @param required     whether a second factor is required
     * @param changedBy    the administrator making the change, or {@code null} for the operator
     */
    void requireSecondFactor(UUID practiceId, String practiceName, boolean required, AccountId changedBy);
}
