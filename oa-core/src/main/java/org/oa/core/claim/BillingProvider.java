package org.oa.core.claim;

import java.util.Objects;

import org.oa.core.contact.Address;

/**
 * The billing provider of a claim (loop 2010AA), as submitted: identifiers are kept as text so that front-end
 * edits can report a bad check digit or format with a field path.
 *
 * @param name     organisation or provider name
 * @param npi      NPI, ten digits with check digit
 * @param taxonomy provider taxonomy code, e.g. {@code 207Q00000X}, empty when not submitted
 * @param taxId    federal tax ID, nine digits
 * @param address  billing address: a street address, not a PO box, with a nine-digit ZIP
 * @param phone    contact phone, ten digits, empty when not submitted
 */
public record BillingProvider(String name, String npi, String taxonomy, String taxId, Address address,
                              String phone) {

    public BillingProvider {
        name = Objects.requireNonNullElse(name, "");
        npi = Objects.requireNonNullElse(npi, "");
        taxonomy = Objects.requireNonNullElse(taxonomy, "");
        taxId = Objects.requireNonNullElse(taxId, "");
        address = Objects.requireNonNullElseGet(address, () -> new Address("", "", "", "", ""));
        phone = Objects.requireNonNullElse(phone, "");
    }
}
