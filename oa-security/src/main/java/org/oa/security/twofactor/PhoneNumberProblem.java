package org.oa.security.twofactor;

/** Why a typed phone number was not taken; each code comes with a sentence a user understands. */
public enum PhoneNumberProblem {
    /** Nothing was typed. */
    BLANK("Type your mobile phone number, for example +1 555 010 0123."),
    /** Letters or other characters than digits, spaces, dashes, dots, slashes, brackets and a leading +. */
    INVALID_CHARACTERS("Type only the digits of a mobile number, with a leading + and the country code: no letters or"
            + " extensions."),
    /** No country code, and not a 10-digit North American number. */
    MISSING_COUNTRY_CODE("Start the number with + and the country code (for example +44 for the United Kingdom)."
            + " Numbers without one are read as North American 10-digit numbers."),
    /** The country code starts with 0. */
    INVALID_COUNTRY_CODE("The country code after the + cannot start with 0."),
    /**
     * Fewer digits than any phone number has (for +1: fewer than 10 after the 1; without a country code: 1 and
     * nine digits).
     */
    TOO_SHORT("That number is too short. Check that no digit is missing."),
    /** More than the 15 digits a phone number can have (for +1: more than 10 after the 1). */
    TOO_LONG("That number is too long. Check that no digit was typed twice; extensions cannot receive texts.");

    private final String message;

    PhoneNumberProblem(String message) {
        this.message = message;
    }

    /** @return what to tell the user; never repeats the number */
    public String message() {
        return message;
    }
}
