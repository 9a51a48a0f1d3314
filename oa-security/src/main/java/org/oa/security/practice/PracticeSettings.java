package org.oa.security.practice;

import java.util.Optional;
import java.util.UUID;

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
}
