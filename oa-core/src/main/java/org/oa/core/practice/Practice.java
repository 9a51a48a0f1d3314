package org.oa.core.practice;

import java.util.List;
import java.util.Objects;

import org.oa.core.identifier.Npi;
import org.oa.core.identifier.TaxId;

/**
 * A practice: the billing entity and tenant. Owns its locations and providers.
 *
 * @param id         tenant identifier
 * @param name       legal name as billed, e.g. "Sunrise Family Medicine"
 * @param taxId      federal tax ID of the billing entity
 * @param billingNpi the group (type 2) NPI claims are billed under
 * @param locations  at least one location
 * @param providers  the practice's providers, possibly none; their office hours are at these locations
 */
public record Practice(PracticeId id, String name, TaxId taxId, Npi billingNpi,
                       List<Location> locations, List<Provider> providers) {

    public Practice {
        Objects.requireNonNull(id, "practice id");
        Location.requireText(name, "practice name");
        Objects.requireNonNull(taxId, "practice tax ID");
        Objects.requireNonNull(billingNpi, "practice billing NPI");
        locations = List.copyOf(Objects.requireNonNull(locations, "practice locations"));
        providers = List.copyOf(Objects.requireNonNull(providers, "practice providers"));
        if (locations.isEmpty()) {
            throw new IllegalArgumentException("a practice needs at least one location");
        }
        java.util.Set<java.util.UUID> own = new java.util.HashSet<>();
        locations.forEach(l -> own.add(l.id()));
        for (Provider provider : providers) {
            if (provider.officeHours().stream().anyMatch(h -> !own.contains(h.locationId()))) {
                throw new IllegalArgumentException("practice providers' office hours must be at its locations");
            }
        }
    }
}
