package org.oa.core.contact;

import java.util.Objects;

/**
 * A telephone number of a person: a ten-digit North American number. Punctuation as typed ({@code (614)
 * 555-0100}, {@code 614.555.0100}, a leading {@code +1} or {@code 1}) is removed. A patient's number is
 * protected health information: {@link #toString()} shows only the type. Immutable and thread-safe.
 *
 * @param type   home, mobile or work
 * @param number ten digits
 */
public record Phone(PhoneType type, String number) {

    public Phone {
        Objects.requireNonNull(type, "phone type");
        number = digits(number);
        if (number == null) {
            throw new IllegalArgumentException("phone number must be 10 digits");
        }
    }

    /** Shorthand for the constructor. */
    public static Phone of(PhoneType type, String number) {
        return new Phone(type, number);
    }

    /**
     * Returns the ten digits of {@code text} with punctuation removed, or null when it is not a ten-digit number
     * (eleven with a leading 1).
     */
    public static String digits(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder(10);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (" ()-.+".indexOf(c) < 0) {
                return null;
            }
        }
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            digits.deleteCharAt(0);
        }
        return digits.length() == 10 ? digits.toString() : null;
    }

    @Override
    public String toString() {
        return "Phone[type=" + type + "]";
    }
}
