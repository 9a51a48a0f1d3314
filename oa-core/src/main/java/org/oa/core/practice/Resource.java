package org.oa.core.practice;

import java.util.Objects;
import java.util.UUID;

/**
 * A room or a piece of equipment of a practice that appointments can book, like a provider. A room is at one of
 * the practice's locations; equipment may be (then it stays there) or may move between locations. An inactive
 * resource can no longer be booked but stays on record for past appointments. Business data, not PHI.
 * Immutable and thread-safe.
 *
 * @param id         stable identifier
 * @param name       the name staff book it by, e.g. "Exam room 2", at most 100 characters; unique in the practice
 *                   (ignoring case)
 * @param kind       room or equipment
 * @param locationId the location it is at, or null (equipment only)
 * @param active     whether it can be booked
 */
public record Resource(UUID id, String name, ResourceKind kind, UUID locationId, boolean active) {

    public Resource {
        Objects.requireNonNull(id, "resource id");
        Location.requireText(name, "resource name");
        name = name.strip();
        if (name.length() > 100) {
            throw new IllegalArgumentException("resource name must be at most 100 characters");
        }
        Objects.requireNonNull(kind, "resource kind");
        if (kind == ResourceKind.ROOM && locationId == null) {
            throw new IllegalArgumentException("resource location is required for a room");
        }
    }

    /** Returns this resource, active or not. */
    public Resource withActive(boolean isActive) {
        return new Resource(id, name, kind, locationId, isActive);
    }
}
