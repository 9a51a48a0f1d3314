package org.oa.core.practice;

import java.util.Objects;
import java.util.UUID;

/**
 * A place where a practice sees patients, with the service-facility address used on claims. An inactive location
 * is no longer offered for new work but stays on record (past claims and appointments refer to it).
 *
 * @param id          stable identifier
 * @param name        the name staff choose the location by, e.g. "Main Street Clinic"
 * @param street      street address (no PO box: payers require a physical address)
 * @param city        city
 * @param state       two-letter state code
 * @param zip         five or nine digits
 * @param phone       ten digits, or null
 * @param active      whether the location is in use
 */
public record Location(UUID id, String name, String street, String city, String state, String zip, String phone,
                       boolean active) {

    public Location {
        Objects.requireNonNull(id, "location id");
        requireText(name, "location name");
        requireText(street, "location street");
        requireText(city, "location city");
        if (state == null || !state.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("location state must be a two-letter code");
        }
        if (zip == null || !zip.matches("[0-9]{5}([0-9]{4})?")) {
            throw new IllegalArgumentException("location ZIP must be 5 or 9 digits");
        }
        if (phone != null && !phone.matches("[0-9]{10}")) {
            throw new IllegalArgumentException("location phone must be 10 digits");
        }
    }

    /** An active location. */
    public Location(UUID id, String name, String street, String city, String state, String zip, String phone) {
        this(id, name, street, city, state, zip, phone, true);
    }

    /** Returns this location, active or not. */
    public Location withActive(boolean isActive) {
        return new Location(id, name, street, city, state, zip, phone, isActive);
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
