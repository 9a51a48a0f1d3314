package org.oa.core.practice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The locations of one practice, maintained one by one (the same rows {@link PracticeRepository#find} returns in
 * {@link Practice#locations()}). Created for one practice: no method sees another practice's locations.
 * Implementations join the caller's transaction and are not thread-safe: one per unit of work.
 */
public interface LocationRepository {

    /** The practice this repository works for. */
    PracticeId practiceId();

    /** All locations of the practice, active or not, in the order they were added. */
    List<Location> findAll();

    /** The active locations, in the order they were added. */
    List<Location> findActive();

    /** The practice's location with this ID. */
    Optional<Location> find(UUID id);

    /**
     * Adds a location; refused with {@link RecordProblem.Code#ID_TAKEN} when the ID is stored. Throws
     * {@link org.oa.core.OaCoreException} when the practice is not stored.
     */
    SaveResult<Location> add(Location location);

    /** Replaces a location's details (also to deactivate it); refused with {@link RecordProblem.Code#NOT_FOUND}. */
    SaveResult<Location> update(Location location);
}
