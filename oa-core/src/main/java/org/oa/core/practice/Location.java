package org.oa.core.practice;

import java.util.Objects;
import java.util.UUID;

/**
 * A place where a practice sees patients, with the service-facility address used on claims.
 *
 * @param id          stable identifier
 * @param name        the name staff choose the location by, e.g. "Main Street Clinic"
 * @param street      street address (no PO box: payers require a physical address)
 * @param city        city
 * @param state       two-letter state code
 * @param zip         five or nine digits
 * @param phone       ten digits, or null
 */
public record Location(UUID id, String name, String street, String city, String state, String zip, String phone) {

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

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
