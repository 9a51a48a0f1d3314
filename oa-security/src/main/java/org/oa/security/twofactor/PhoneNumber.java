package org.oa.security.twofactor;

import java.util.Objects;
import org.oa.security.internal.twofactor.PhoneNumberFormat;

/**
 * A phone number in E.164 form ({@code +} and up to 15 digits, e.g. {@code +15550100123}). It is personal data:
 * {@code toString()} shows only the {@link #masked()} form, and no exception message carries the number.
 *
 * @param e164 the number in E.164 form
 */
public record PhoneNumber(String e164) {

    /** Validates the form; the message names the field, never the value. */
    public PhoneNumber {
        Objects.requireNonNull(e164, "e164");
        if (!e164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("e164 must be '+' and 7 to 15 digits, the first not 0");
        }
    }

    /**
     * Reads a number as a user types it: spaces, dashes, dots, slashes and brackets are ignored, a leading
     * {@code 00} means {@code +}, a {@code (0)} after the country code is dropped, and a number without a country
     * code is read as North American (+1) when it has 10 digits starting with 2-9 (or 11 starting with 1). For example
     * {@code "+1 (555) 010-0123"} and {@code "555.010.0123"} both give {@code +15550100123}.
     *
     * @param typed the number as typed
     * @return the number
     * @throws IllegalArgumentException when it is not a phone number; the message is the {@link
     *                                  PhoneNumberProblem#message()} of the first problem found (never the input)
     * @see PhoneNumbers#change(org.oa.security.account.AccountId, String)
     */
    public static PhoneNumber parse(String typed) {
        PhoneNumberFormat.Result result = PhoneNumberFormat.normalise(typed);
        if (result.problem() != null) {
            throw new IllegalArgumentException(result.problem().message());
        }
        return new PhoneNumber(result.e164());
    }

    /** @return the last four digits behind bullets, e.g. {@code •••• •••0123}: enough to recognise, not to dial */
    public String masked() {
        return "\u2022\u2022\u2022\u2022 \u2022\u2022\u2022" + e164.substring(e164.length() - 4);
    }

    @Override
    public String toString() {
        return "PhoneNumber[" + masked() + "]";
    }
}
