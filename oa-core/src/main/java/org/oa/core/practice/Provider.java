package org.oa.core.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.oa.core.identifier.Npi;

/**
 * A rendering or billing provider of a practice, with the weekly office hours in which the provider sees patients.
 * Provider names are business data, not PHI. An inactive provider (who left the practice) is no longer offered for
 * new work but stays on record. Immutable and thread-safe.
 *
 * @param id          stable identifier
 * @param firstName   first name (empty for an organisation)
 * @param lastName    last name or organisation name
 * @param npi         the provider's individual NPI
 * @param taxonomy    the ten-character health-care provider taxonomy code, e.g. {@code 207Q00000X}
 * @param active      whether the provider works for the practice
 * @param officeHours the weekly periods the provider sees patients, kept in day and time order; no two overlap
 *                    (a provider is at one location at a time); empty when none are set
 */
public record Provider(UUID id, String firstName, String lastName, Npi npi, String taxonomy, boolean active,
                       List<OfficeHours> officeHours) {

    private static final Comparator<OfficeHours> WEEK_ORDER = Comparator.comparing(OfficeHours::day)
            .thenComparing(OfficeHours::from);

    public Provider {
        Objects.requireNonNull(id, "provider id");
        Objects.requireNonNull(firstName, "provider first name");
        Location.requireText(lastName, "provider last name");
        Objects.requireNonNull(npi, "provider NPI");
        if (taxonomy == null || !taxonomy.matches("[0-9A-Z]{9}X")) {
            throw new IllegalArgumentException("provider taxonomy must be 10 characters ending in X");
        }
        officeHours = inWeekOrder(Objects.requireNonNullElse(officeHours, List.of()));
    }

    /** A provider, active or not, without office hours. */
    public Provider(UUID id, String firstName, String lastName, Npi npi, String taxonomy, boolean active) {
        this(id, firstName, lastName, npi, taxonomy, active, List.of());
    }

    /** An active provider without office hours. */
    public Provider(UUID id, String firstName, String lastName, Npi npi, String taxonomy) {
        this(id, firstName, lastName, npi, taxonomy, true, List.of());
    }

    private static List<OfficeHours> inWeekOrder(List<OfficeHours> hours) {
        List<OfficeHours> sorted = new ArrayList<>(hours.size());
        for (OfficeHours h : hours) {
            sorted.add(Objects.requireNonNull(h, "provider officeHours element"));
        }
        sorted.sort(WEEK_ORDER);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("provider officeHours must not overlap");
            }
        }
        return List.copyOf(sorted);
    }

    /** Returns this provider, active or not. */
    public Provider withActive(boolean isActive) {
        return new Provider(id, firstName, lastName, npi, taxonomy, isActive, officeHours);
    }

    /** Returns this provider with these office hours instead of the current ones. */
    public Provider withOfficeHours(List<OfficeHours> hours) {
        return new Provider(id, firstName, lastName, npi, taxonomy, active, hours);
    }

    /** The name as printed on a claim: "First Last", or the organisation name. */
    public String displayName() {
        return firstName.isEmpty() ? lastName : firstName + " " + lastName;
    }
}
