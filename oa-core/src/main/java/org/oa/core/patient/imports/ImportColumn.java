package org.oa.core.patient.imports;

import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a patient import file. The file is CSV (RFC 4180, UTF-8, an optional byte order mark, CRLF or LF
 * line ends, fields quoted with {@code "} when they hold a comma, a quote (doubled) or a line break), one patient
 * per row after a header row naming the columns. Header names are matched ignoring case, spaces, hyphens and
 * underscores ({@code birth_date} is {@code birthDate}); columns may come in any order; optional columns may be
 * left out; an unknown or repeated column name makes the whole file wrong. Values are trimmed; a line break or tab
 * inside a value becomes a space; rows whose fields are all blank are skipped.
 *
 * <p>Columns present in the header are the file's say: when a row updates a patient imported before, a blank
 * value clears that field (a blank phone removes the number), while a column left out of the header leaves the
 * field as stored. Fields the format does not have (preferred language, guarantor, status, work phone) are never
 * changed by an import.
 */
public enum ImportColumn {
    /** Required: the ID the previous system gave the patient (1 to 50 printable characters), unique in the file. */
    EXTERNAL_ID("externalId", true),
    /**
     * The account number (MRN) to give the patient: 1 to 20 letters, digits or hyphens, not another patient's.
     * Blank for a new patient: the import assigns the practice's next number (one more than the largest
     * all-digit account number of the practice or the file). Blank for a patient imported before: kept.
     */
    ACCOUNT_NUMBER("accountNumber", false),
    /** Required: last (family) name, at most 60 characters. */
    LAST_NAME("lastName", true),
    /** Required: first (given) name, at most 35 characters. */
    FIRST_NAME("firstName", true),
    /** Middle name or initial, at most 25 characters. */
    MIDDLE_NAME("middleName", false),
    /** Required: date of birth, {@code YYYY-MM-DD} or {@code MM/DD/YYYY}, not in the future nor before 1900. */
    BIRTH_DATE("birthDate", true),
    /** {@code F}, {@code M} or {@code U} (also {@code female}, {@code male}, {@code unknown}); blank is U. */
    SEX("sex", false),
    /** Street line, at most 55 characters. */
    ADDRESS_LINE1("addressLine1", false),
    /** Second street line, at most 55 characters. */
    ADDRESS_LINE2("addressLine2", false),
    /** City, at most 30 characters. */
    CITY("city", false),
    /** Two-letter US state or territory code (USPS), e.g. {@code OH}. */
    STATE("state", false),
    /** ZIP code: 5 or 9 digits, {@code 43215-1234} accepted. */
    ZIP("zip", false),
    /** Home telephone: a ten-digit North American number, punctuation as typed. */
    HOME_PHONE("homePhone", false),
    /** Mobile telephone, as {@link #HOME_PHONE}. */
    MOBILE_PHONE("mobilePhone", false),
    /** E-mail address. */
    EMAIL("email", false),
    /**
     * Payer ID of the primary coverage, checked against the payer list. Blank: the patient's coverages are left as
     * they are (an import never ends or removes a coverage).
     */
    PAYER_ID("payerId", false),
    /** Member ID as on the card; required when a payer is given. */
    MEMBER_ID("memberId", false),
    /** Group or policy number, at most 50 characters. */
    GROUP_NUMBER("groupNumber", false),
    /**
     * The patient's relationship to the subscriber: {@code self} (the default when blank), {@code spouse},
     * {@code child}, {@code life_partner}, {@code employee}, {@code other}, {@code unknown}, or an X12 code such
     * as {@code 18}.
     */
    RELATIONSHIP("relationship", false),
    /** The subscriber's last name; required unless the relationship is self, and then it must be blank. */
    SUBSCRIBER_LAST_NAME("subscriberLastName", false),
    /** The subscriber's first name; required unless the relationship is self, and then it must be blank. */
    SUBSCRIBER_FIRST_NAME("subscriberFirstName", false),
    /** The subscriber's date of birth (formats as {@link #BIRTH_DATE}); blank when self. */
    SUBSCRIBER_BIRTH_DATE("subscriberBirthDate", false),
    /** The subscriber's sex (as {@link #SEX}); blank when self. */
    SUBSCRIBER_SEX("subscriberSex", false);

    private final String header;
    private final boolean required;

    ImportColumn(String header, boolean required) {
        this.header = header;
        this.required = required;
    }

    /** The name in the header row, e.g. {@code birthDate}. */
    public String header() {
        return header;
    }

    /** Whether the header must have this column (and every row a value in it). */
    public boolean isRequired() {
        return required;
    }

    /** The column a header cell names, ignoring case, spaces, hyphens and underscores. */
    public static Optional<ImportColumn> fromHeader(String name) {
        String key = key(name);
        for (ImportColumn c : values()) {
            if (key(c.header).equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && c != '_' && c != '-' && c != '\uFEFF') {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** A header row with every column, in declaration order, as a file would start. */
    public static String headerRow() {
        StringBuilder b = new StringBuilder();
        for (ImportColumn c : values()) {
            b.append(b.length() == 0 ? "" : ",").append(c.header);
        }
        return b.toString();
    }
}
