package org.oa.core.patient;

import java.time.LocalDate;
import java.util.Objects;

import org.oa.core.contact.Phone;

/**
 * What the front desk looks for among one practice's patients, and which page of the answer. Every criterion
 * is optional; given criteria must all match. Start from {@link #everyone()} and narrow with the {@code with}
 * methods. {@link #toString()} leaves out the criteria (they are PHI). Immutable and thread-safe.
 *
 * @param name          a name prefix, ignoring case and accents: {@code "smi"} finds last or first names
 *                      starting with it; {@code "smith, jo"} finds last name starting with "smith" and first name
 *                      with "jo"; empty for any
 * @param birthDate     date of birth, or null for any
 * @param accountNumber the account number, or null for any
 * @param phone         ten digits of any of the patient's numbers, or empty for any
 * @param status        only patients in this status, or null for any
 * @param sort          the order of the answer
 * @param offset        how many matching patients to skip (0 for the first page)
 * @param limit         page size, 1 to {@value #MAX_LIMIT}
 */
public record PatientSearch(String name, LocalDate birthDate, AccountNumber accountNumber, String phone,
                            PatientStatus status, Sort sort, int offset, int limit) {

    /** The largest page. */
    public static final int MAX_LIMIT = 200;

    /** The page size of {@link #everyone()}. */
    public static final int DEFAULT_LIMIT = 25;

    /** The order of a search's answer; ties are broken by birth date, then patient ID, so paging is stable. */
    public enum Sort {
        /** Last name, then first name, A to Z. */
        NAME,
        /** Last name, then first name, Z to A. */
        NAME_DESCENDING
    }

    public PatientSearch {
        name = Objects.requireNonNullElse(name, "").strip();
        if (name.length() > 100) {
            throw new IllegalArgumentException("search name must be at most 100 characters");
        }
        String typed = Objects.requireNonNullElse(phone, "").strip();
        phone = typed.isEmpty() ? "" : Phone.digits(typed);
        if (phone == null) {
            throw new IllegalArgumentException("search phone must be 10 digits");
        }
        sort = Objects.requireNonNullElse(sort, Sort.NAME);
        if (offset < 0) {
            throw new IllegalArgumentException("search offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("search limit must be 1 to " + MAX_LIMIT);
        }
    }

    /** All patients of the practice by name, first page of {@value #DEFAULT_LIMIT}. */
    public static PatientSearch everyone() {
        return new PatientSearch("", null, null, "", null, Sort.NAME, 0, DEFAULT_LIMIT);
    }

    public PatientSearch withName(String prefix) {
        return new PatientSearch(prefix, birthDate, accountNumber, phone, status, sort, offset, limit);
    }

    public PatientSearch withBirthDate(LocalDate date) {
        return new PatientSearch(name, date, accountNumber, phone, status, sort, offset, limit);
    }

    public PatientSearch withAccountNumber(AccountNumber number) {
        return new PatientSearch(name, birthDate, number, phone, status, sort, offset, limit);
    }

    public PatientSearch withPhone(String number) {
        return new PatientSearch(name, birthDate, accountNumber, number, status, sort, offset, limit);
    }

    public PatientSearch withStatus(PatientStatus only) {
        return new PatientSearch(name, birthDate, accountNumber, phone, only, sort, offset, limit);
    }

    public PatientSearch sortedBy(Sort order) {
        return new PatientSearch(name, birthDate, accountNumber, phone, status, order, offset, limit);
    }

    /** The page starting after {@code skip} patients, at most {@code size} long. */
    public PatientSearch page(int skip, int size) {
        return new PatientSearch(name, birthDate, accountNumber, phone, status, sort, skip, size);
    }

    @Override
    public String toString() {
        return "PatientSearch[name=" + given(!name.isEmpty()) + ", birthDate=" + given(birthDate != null)
                + ", accountNumber=" + given(accountNumber != null) + ", phone=" + given(!phone.isEmpty())
                + ", status=" + status + ", sort=" + sort + ", offset=" + offset + ", limit=" + limit + "]";
    }

    private static String given(boolean given) {
        return given ? "given" : "any";
    }
}
