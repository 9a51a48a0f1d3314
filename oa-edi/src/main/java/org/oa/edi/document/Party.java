package org.oa.edi.document;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person or organisation from an NM1 (or N1) segment, with what its loop adds (address, demographics,
 * provider identifiers). {@code toString()} shows only the entity code because names, birth dates and member IDs
 * are patient data.
 *
 * @param entityCode   NM101, e.g. {@code "85"} billing provider, {@code "IL"} subscriber, {@code "PR"} payer
 * @param organization true when NM102 is 2 (non-person)
 * @param lastOrOrganizationName NM103
 * @param firstName    NM104 (empty for organisations)
 * @param idQualifier  NM108, e.g. {@code "XX"} for NPI, {@code "MI"} member ID
 * @param id           NM109
 * @param address      N3/N4 of the loop, or {@code null} when absent
 * @param birthDate    DMG02 of the loop (subscriber 2010BA, patient 2010CA), {@code null} when absent
 * @param gender       DMG03 ({@code F}, {@code M}, {@code U}), empty when absent
 * @param taxId        REF*EI (or REF*SY) of the billing provider (2010AA), empty otherwise
 * @param taxonomy     PRV03 taxonomy code of the billing provider (2000A), empty otherwise
 * @param phone        PER telephone number ({@code TE}) of the billing provider (2010AA), empty otherwise
 */
public record Party(String entityCode, boolean organization, String lastOrOrganizationName, String firstName,
        String idQualifier, String id, Address address, LocalDate birthDate, String gender, String taxId,
        String taxonomy, String phone) {
    public Party {
        Objects.requireNonNull(entityCode, "entityCode");
        lastOrOrganizationName = lastOrOrganizationName == null ? "" : lastOrOrganizationName;
        firstName = firstName == null ? "" : firstName;
        idQualifier = idQualifier == null ? "" : idQualifier;
        id = id == null ? "" : id;
        gender = gender == null ? "" : gender;
        taxId = taxId == null ? "" : taxId;
        taxonomy = taxonomy == null ? "" : taxonomy;
        phone = phone == null ? "" : phone;
    }

    /** A party with a name and identifier only (no demographics or provider identifiers). */
    public Party(String entityCode, boolean organization, String lastOrOrganizationName, String firstName,
            String idQualifier, String id, Address address) {
        this(entityCode, organization, lastOrOrganizationName, firstName, idQualifier, id, address, null, "", "",
                "", "");
    }

    /** A copy with an address. */
    public Party withAddress(Address newAddress) {
        return new Party(entityCode, organization, lastOrOrganizationName, firstName, idQualifier, id, newAddress,
                birthDate, gender, taxId, taxonomy, phone);
    }

    /** A copy with demographics (DMG). */
    public Party withDemographics(LocalDate newBirthDate, String newGender) {
        return new Party(entityCode, organization, lastOrOrganizationName, firstName, idQualifier, id, address,
                newBirthDate, newGender, taxId, taxonomy, phone);
    }

    /** A copy with provider identifiers (tax ID, taxonomy, phone). */
    public Party withProviderDetails(String newTaxId, String newTaxonomy, String newPhone) {
        return new Party(entityCode, organization, lastOrOrganizationName, firstName, idQualifier, id, address,
                birthDate, gender, newTaxId, newTaxonomy, newPhone);
    }

    @Override
    public String toString() {
        return "Party[entityCode=" + entityCode + ", redacted]";
    }
}
