package org.oa.core.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.oa.core.contact.Address;
import org.oa.core.contact.Phone;
import org.oa.core.contact.PhoneType;
import org.oa.core.practice.PracticeId;

/**
 * A patient in the practice record, shared by all portals: identity in the practice (ID and account number),
 * demographics, contact, guarantor and status. Coverages are stored beside it ({@link CoverageRepository}).
 * Everything but the IDs and the status is protected health information: {@link #toString()} shows only the
 * patient ID. Immutable and thread-safe; build with {@link #builder()}.
 *
 * <p>The record checks its structure and formats (exceptions name the field, never the value); what depends on
 * other records (a taken account number, a possible duplicate) is answered by {@link PatientRepository}.
 *
 * @param id                the patient's ID, chosen once ({@link PatientId#random()})
 * @param practiceId        the practice the patient belongs to
 * @param accountNumber     the account number (MRN), unique in the practice
 * @param name              the patient's name
 * @param birthDate         date of birth
 * @param sex               administrative sex, UNKNOWN when not given
 * @param address           home address, empty parts when not known
 * @param phones            telephone numbers, at most one of each {@link PhoneType}, kept in type order
 * @param email             e-mail address, empty when none
 * @param preferredLanguage BCP 47 language tag such as {@code en} or {@code es-MX}, empty when not recorded
 * @param guarantor         who pays the patient's bill; self by default
 * @param status            active, inactive or deceased; ACTIVE by default
 * @param createdAt         when the record was registered; null until stored (the repository sets it)
 * @param updatedAt         when the record was last changed; null until stored (the repository sets it)
 * @param externalId        the ID the practice's previous system gave the patient (unique in the practice), or
 *                          null when none
 */
public record PatientRecord(PatientId id, PracticeId practiceId, AccountNumber accountNumber, PersonName name,
                            LocalDate birthDate, Sex sex, Address address, List<Phone> phones, String email,
                            String preferredLanguage, Guarantor guarantor, PatientStatus status, Instant createdAt,
                            Instant updatedAt, ExternalId externalId) {

    public PatientRecord {
        Objects.requireNonNull(id, "patient id");
        Objects.requireNonNull(practiceId, "patient practiceId");
        Objects.requireNonNull(accountNumber, "patient accountNumber");
        Objects.requireNonNull(name, "patient name");
        Objects.requireNonNull(birthDate, "patient birthDate");
        sex = Objects.requireNonNullElse(sex, Sex.UNKNOWN);
        address = Objects.requireNonNullElseGet(address, () -> new Address("", "", "", "", ""));
        phones = inTypeOrder(Objects.requireNonNullElse(phones, List.of()));
        email = email(email);
        preferredLanguage = languageTag(preferredLanguage);
        guarantor = Objects.requireNonNullElse(guarantor, Guarantor.self());
        status = Objects.requireNonNullElse(status, PatientStatus.ACTIVE);
        if ((createdAt == null) != (updatedAt == null)) {
            throw new IllegalArgumentException("patient createdAt and updatedAt must be both set or both empty");
        }
        if (createdAt != null && updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("patient updatedAt must not be before createdAt");
        }
    }

    /** A record without an external ID (the constructor before external IDs existed). */
    public PatientRecord(PatientId id, PracticeId practiceId, AccountNumber accountNumber, PersonName name,
                         LocalDate birthDate, Sex sex, Address address, List<Phone> phones, String email,
                         String preferredLanguage, Guarantor guarantor, PatientStatus status, Instant createdAt,
                         Instant updatedAt) {
        this(id, practiceId, accountNumber, name, birthDate, sex, address, phones, email, preferredLanguage,
                guarantor, status, createdAt, updatedAt, null);
    }

    private static List<Phone> inTypeOrder(List<Phone> phones) {
        Set<PhoneType> seen = EnumSet.noneOf(PhoneType.class);
        List<Phone> sorted = new ArrayList<>(phones.size());
        for (Phone phone : phones) {
            Objects.requireNonNull(phone, "patient phones element");
            if (!seen.add(phone.type())) {
                throw new IllegalArgumentException("patient phones must have at most one number of each type");
            }
            sorted.add(phone);
        }
        sorted.sort(Comparator.comparing(Phone::type));
        return List.copyOf(sorted);
    }

    private static String email(String email) {
        String value = Objects.requireNonNullElse(email, "").strip();
        if (value.isEmpty()) {
            return value;
        }
        int at = value.indexOf('@');
        boolean ok = value.length() <= 254 && at > 0 && at == value.lastIndexOf('@') && at < value.length() - 1
                && value.indexOf('.', at) > at + 1 && !value.endsWith(".")
                && value.chars().noneMatch(c -> c <= ' ' || c > '~');
        if (!ok) {
            throw new IllegalArgumentException("patient email must be an e-mail address such as name@example.org");
        }
        return value;
    }

    private static String languageTag(String tag) {
        String value = Objects.requireNonNullElse(tag, "").strip();
        if (value.isEmpty()) {
            return value;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(value).build();
            if (locale.getLanguage().isEmpty()) {
                throw new IllformedLocaleException("no language");
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("patient preferredLanguage must be a BCP 47 language tag such as en");
        }
    }

    /** A builder for a new record: status ACTIVE, guarantor self, no stamps. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this record's values, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The number of this type, if the patient gave one. */
    public Optional<Phone> phone(PhoneType type) {
        return phones.stream().filter(p -> p.type() == type).findFirst();
    }

    /** Whether the record was stored (has stamps). */
    public boolean isStored() {
        return createdAt != null;
    }

    /**
     * The patient as a claim carries it (loop 2010CA or the subscriber loop), with this record's ID, so that a
     * claim keyed in from the record names the same patient as the record.
     */
    public Patient toClaimPatient() {
        return new Patient(id, name.first(), name.last(), birthDate, sex, address);
    }

    @Override
    public String toString() {
        return "PatientRecord[id=" + id + ", status=" + status + "]";
    }

    /** Builds a {@link PatientRecord}; not thread-safe. */
    public static final class Builder {
        private PatientId id;
        private PracticeId practiceId;
        private AccountNumber accountNumber;
        private PersonName name;
        private LocalDate birthDate;
        private Sex sex = Sex.UNKNOWN;
        private Address address;
        private final List<Phone> phones = new ArrayList<>();
        private String email = "";
        private String preferredLanguage = "";
        private Guarantor guarantor = Guarantor.self();
        private PatientStatus status = PatientStatus.ACTIVE;
        private Instant createdAt;
        private Instant updatedAt;
        private ExternalId externalId;

        private Builder() {
        }

        private Builder(PatientRecord r) {
            id = r.id;
            practiceId = r.practiceId;
            accountNumber = r.accountNumber;
            name = r.name;
            birthDate = r.birthDate;
            sex = r.sex;
            address = r.address;
            phones.addAll(r.phones);
            email = r.email;
            preferredLanguage = r.preferredLanguage;
            guarantor = r.guarantor;
            status = r.status;
            createdAt = r.createdAt;
            updatedAt = r.updatedAt;
            externalId = r.externalId;
        }

        public Builder id(PatientId value) {
            id = value;
            return this;
        }

        public Builder practiceId(PracticeId value) {
            practiceId = value;
            return this;
        }

        public Builder accountNumber(AccountNumber value) {
            accountNumber = value;
            return this;
        }

        public Builder name(PersonName value) {
            name = value;
            return this;
        }

        public Builder birthDate(LocalDate value) {
            birthDate = value;
            return this;
        }

        public Builder sex(Sex value) {
            sex = value;
            return this;
        }

        public Builder address(Address value) {
            address = value;
            return this;
        }

        /** Sets the number of {@code type}, replacing an earlier one of that type. */
        public Builder phone(PhoneType type, String number) {
            Phone phone = new Phone(type, number);
            phones.removeIf(p -> p.type() == type);
            phones.add(phone);
            return this;
        }

        /** Removes the number of {@code type}. */
        public Builder noPhone(PhoneType type) {
            phones.removeIf(p -> p.type() == type);
            return this;
        }

        /** Sets the ID the previous system gave the patient; null for none. */
        public Builder externalId(ExternalId value) {
            externalId = value;
            return this;
        }

        public Builder email(String value) {
            email = value;
            return this;
        }

        public Builder preferredLanguage(String value) {
            preferredLanguage = value;
            return this;
        }

        public Builder guarantor(Guarantor value) {
            guarantor = value;
            return this;
        }

        public Builder status(PatientStatus value) {
            status = value;
            return this;
        }

        /** Sets both stamps; repositories do this, callers normally do not. */
        public Builder stamps(Instant created, Instant updated) {
            createdAt = created;
            updatedAt = updated;
            return this;
        }

        public PatientRecord build() {
            return new PatientRecord(id, practiceId, accountNumber, name, birthDate, sex, address, phones, email,
                    preferredLanguage, guarantor, status, createdAt, updatedAt, externalId);
        }
    }
}
