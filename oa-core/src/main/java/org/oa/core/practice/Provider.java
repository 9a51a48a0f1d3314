package org.oa.core.practice;

import java.util.Objects;
import java.util.UUID;

import org.oa.core.identifier.Npi;

/**
 * A rendering or billing provider of a practice. Provider names are business data, not PHI. An inactive provider
 * (who left the practice) is no longer offered for new work but stays on record.
 *
 * @param id        stable identifier
 * @param firstName first name (empty for an organisation)
 * @param lastName  last name or organisation name
 * @param npi       the provider's individual NPI
 * @param taxonomy  the ten-character health-care provider taxonomy code, e.g. {@code 207Q00000X}
 * @param active    whether the provider works for the practice
 */
public record Provider(UUID id, String firstName, String lastName, Npi npi, String taxonomy, boolean active) {

    public Provider {
        Objects.requireNonNull(id, "provider id");
        Objects.requireNonNull(firstName, "provider first name");
        Location.requireText(lastName, "provider last name");
        Objects.requireNonNull(npi, "provider NPI");
        if (taxonomy == null || !taxonomy.matches("[0-9A-Z]{9}X")) {
            throw new IllegalArgumentException("provider taxonomy must be 10 characters ending in X");
        }
    }

    /** An active provider. */
    public Provider(UUID id, String firstName, String lastName, Npi npi, String taxonomy) {
        this(id, firstName, lastName, npi, taxonomy, true);
    }

    /** Returns this provider, active or not. */
    public Provider withActive(boolean isActive) {
        return new Provider(id, firstName, lastName, npi, taxonomy, isActive);
    }

    /** The name as printed on a claim: "First Last", or the organisation name. */
    public String displayName() {
        return firstName.isEmpty() ? lastName : firstName + " " + lastName;
    }
}
