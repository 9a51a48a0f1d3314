package org.oa.core.payer;

import java.util.List;
import java.util.Optional;

import org.oa.core.identifier.PayerId;

/**
 * Stores the clearinghouse's payer list. Payers are shared reference data, the same for every practice, so
 * this repository (like the practice repository) is not scoped to a practice; enrollments, which are, live in
 * {@link EnrollmentRepository}. Not thread-safe: one per unit of work.
 */
public interface PayerRepository {

    /** Inserts or updates a payer. */
    void save(Payer payer);

    /** Finds a payer. */
    Optional<Payer> find(PayerId id);

    /** All payers, ordered by payer ID. */
    List<Payer> findAll();

    /** The stored payers as a payer list for front-end edits. */
    default PayerList toPayerList() {
        return PayerList.of(findAll());
    }
}
