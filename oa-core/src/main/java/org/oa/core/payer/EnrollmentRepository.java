package org.oa.core.payer;

import java.util.List;
import java.util.Optional;

import org.oa.core.identifier.PayerId;
import org.oa.core.practice.PracticeId;

/**
 * Stores the enrollments of <em>one</em> practice: created for one {@link PracticeId}, it never reads or
 * changes another practice's rows; saving an enrollment of another practice is refused with
 * {@link IllegalArgumentException}. Not thread-safe: one per unit of work.
 */
public interface EnrollmentRepository {

    /** The practice this repository is scoped to. */
    PracticeId practiceId();

    /** Inserts the enrollment or updates the one for the same payer and transaction. */
    void save(Enrollment enrollment);

    /** Finds the enrollment with a payer for a transaction. */
    Optional<Enrollment> find(PayerId payer, TransactionType transaction);

    /** All of the practice's enrollments, by payer and transaction. */
    List<Enrollment> findAll();

    /** The practice's enrollments as a lookup for front-end edits. */
    default Enrollments toEnrollments() {
        return Enrollments.of(findAll());
    }
}
