package org.oa.core.contact;

import java.util.Objects;

/**
 * A postal address as entered or submitted (N3/N4 of an 837). Null parts become empty strings; formats are
 * not checked here but by front-end edits, so that a bad ZIP becomes an edit failure rather than an exception.
 * A patient's address is protected health information: {@link #toString()} shows only the state.
 *
 * @param line1 first street line
 * @param line2 second street line, empty when absent
 * @param city  city
 * @param state two-letter state code
 * @param zip   ZIP code, five or nine digits without a hyphen
 */
public record Address(String line1, String line2, String city, String state, String zip) {

    public Address {
        line1 = Objects.requireNonNullElse(line1, "");
        line2 = Objects.requireNonNullElse(line2, "");
        city = Objects.requireNonNullElse(city, "");
        state = Objects.requireNonNullElse(state, "");
        zip = Objects.requireNonNullElse(zip, "");
    }

    @Override
    public String toString() {
        return "Address[state=" + state + "]";
    }
}
