package org.oa.edi.document;

import java.util.Objects;

/**
 * A person or organisation from an NM1 (or N1) segment. {@code toString()} shows only the entity code because
 * names and member IDs are patient data.
 *
 * @param entityCode   NM101, e.g. {@code "85"} billing provider, {@code "IL"} subscriber, {@code "PR"} payer
 * @param organization true when NM102 is 2 (non-person)
 * @param lastOrOrganizationName NM103
 * @param firstName    NM104 (empty for organisations)
 * @param idQualifier  NM108, e.g. {@code "XX"} for NPI, {@code "MI"} member ID
 * @param id           NM109
 * @param address      N3/N4 of the loop, or {@code null} when absent
 */
public record Party(String entityCode, boolean organization, String lastOrOrganizationName, String firstName,
        String idQualifier, String id, Address address) {
    public Party {
        Objects.requireNonNull(entityCode, "entityCode");
        lastOrOrganizationName = lastOrOrganizationName == null ? "" : lastOrOrganizationName;
        firstName = firstName == null ? "" : firstName;
        idQualifier = idQualifier == null ? "" : idQualifier;
        id = id == null ? "" : id;
    }

    /** A copy with an address. */
    public Party withAddress(Address newAddress) {
        return new Party(entityCode, organization, lastOrOrganizationName, firstName, idQualifier, id, newAddress);
    }

    @Override
    public String toString() {
        return "Party[entityCode=" + entityCode + ", redacted]";
    }
}
