package org.oa.edi.document;

/**
 * A postal address from N3/N4; fields are empty when absent. {@code toString()} hides the street (may be PHI).
 *
 * @param line1      N301
 * @param line2      N302
 * @param city       N401
 * @param state      N402
 * @param postalCode N403 (5 or 9 digits in US addresses)
 */
public record Address(String line1, String line2, String city, String state, String postalCode) {
    public Address {
        line1 = line1 == null ? "" : line1;
        line2 = line2 == null ? "" : line2;
        city = city == null ? "" : city;
        state = state == null ? "" : state;
        postalCode = postalCode == null ? "" : postalCode;
    }

    @Override
    public String toString() {
        return "Address[state=" + state + ", redacted]";
    }
}
