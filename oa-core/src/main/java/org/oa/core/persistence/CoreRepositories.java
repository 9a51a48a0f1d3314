package org.oa.core.persistence;

import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.oa.core.claim.ClaimRepository;
import org.oa.core.internal.persistence.JpaClaimRepository;
import org.oa.core.internal.persistence.JpaEnrollmentRepository;
import org.oa.core.internal.persistence.JpaPayerRepository;
import org.oa.core.internal.persistence.JpaSubmissionFileRepository;
import org.oa.core.payer.EnrollmentRepository;
import org.oa.core.payer.PayerRepository;
import org.oa.core.practice.PracticeId;
import org.oa.core.submission.SubmissionFileRepository;

/**
 * Hands out the JPA repositories of the claims domain, each working in the caller's entity manager (and its
 * transaction). Claim, enrollment and submission-file repositories are created for one practice and never see
 * another practice's rows; the payer repository holds the shared payer list. Stateless and thread-safe; the
 * repositories are not.
 */
public final class CoreRepositories {

    private CoreRepositories() {
    }

    /** Claims of {@code practice}. */
    public static ClaimRepository claims(EntityManager entityManager, PracticeId practice) {
        return new JpaClaimRepository(entityManager, Objects.requireNonNull(practice, "practice"));
    }

    /** Enrollments of {@code practice}. */
    public static EnrollmentRepository enrollments(EntityManager entityManager, PracticeId practice) {
        return new JpaEnrollmentRepository(entityManager, Objects.requireNonNull(practice, "practice"));
    }

    /** Submission files of {@code practice}. */
    public static SubmissionFileRepository submissionFiles(EntityManager entityManager, PracticeId practice) {
        return new JpaSubmissionFileRepository(entityManager, Objects.requireNonNull(practice, "practice"));
    }

    /** The shared payer list. */
    public static PayerRepository payers(EntityManager entityManager) {
        return new JpaPayerRepository(entityManager);
    }
}
