package org.oa.core.practice;

import java.util.List;
import java.util.Optional;

/**
 * Stores practices with their locations and providers. Practices are the tenants themselves, so this is the
 * one repository that is not scoped to a single practice; callers outside administration look up only the
 * practice of the signed-in user. Implementations are not thread-safe: one per unit of work.
 */
public interface PracticeRepository {

    /** Inserts a new practice with its locations and providers. */
    void add(Practice practice);

    /** Finds a practice by ID. */
    Optional<Practice> find(PracticeId id);

    /** The IDs of all practices, for work that runs for every practice (e.g. sending claims to payers). */
    List<PracticeId> ids();

    /** Counts all practices, e.g. to decide whether demo data is needed. */
    long count();
}
