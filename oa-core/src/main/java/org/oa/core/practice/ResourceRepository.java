package org.oa.core.practice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The bookable rooms and equipment of one practice. Created for one practice: no method sees another practice's
 * resources, and a resource can only be placed at one of the practice's own locations. Implementations join the
 * caller's transaction and are not thread-safe: one per unit of work.
 */
public interface ResourceRepository {

    /** The practice this repository works for. */
    PracticeId practiceId();

    /** All resources of the practice, active or not, by name. */
    List<Resource> findAll();

    /** The active resources, by name. */
    List<Resource> findActive();

    /** The resources at one location (active or not), by name. */
    List<Resource> findAtLocation(UUID locationId);

    /** The practice's resource with this ID. */
    Optional<Resource> find(UUID id);

    /**
     * Adds a resource; refused with {@link RecordProblem.Code#NAME_TAKEN} when another resource of the practice has
     * the name (ignoring case), {@link RecordProblem.Code#UNKNOWN_LOCATION} when its location is not one of the
     * practice's, {@link RecordProblem.Code#ID_TAKEN} when the ID is stored.
     */
    SaveResult<Resource> add(Resource resource);

    /**
     * Replaces a resource's details (also to deactivate it); refused with {@link RecordProblem.Code#NOT_FOUND},
     * {@link RecordProblem.Code#NAME_TAKEN} or {@link RecordProblem.Code#UNKNOWN_LOCATION}.
     */
    SaveResult<Resource> update(Resource resource);
}
