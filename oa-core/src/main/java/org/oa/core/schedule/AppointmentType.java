package org.oa.core.schedule;

import java.util.Objects;

/**
 * A kind of appointment a practice offers, e.g. {@code NEW} "New patient", 60 minutes, shown in a colour on the
 * calendar. Stored per practice; the code is unique within the practice. Business data, not PHI. Immutable.
 *
 * @param code           short code, 1 to 20 letters, digits, '-' or '_', e.g. {@code NEW}; stored upper case
 * @param name           the name staff and feeds show, at most 100 characters
 * @param defaultMinutes usual length in minutes, 5 to 480
 * @param colour         calendar colour, {@code #RRGGBB}
 */
public record AppointmentType(String code, String name, int defaultMinutes, String colour) {

    public AppointmentType {
        if (code == null || !code.strip().matches("[A-Za-z0-9_-]{1,20}")) {
            throw new IllegalArgumentException("appointment type code must be 1 to 20 letters, digits, - or _");
        }
        code = code.strip().toUpperCase(java.util.Locale.ROOT);
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new IllegalArgumentException("appointment type name must be 1 to 100 characters");
        }
        name = name.strip();
        if (defaultMinutes < 5 || defaultMinutes > 480) {
            throw new IllegalArgumentException("appointment type defaultMinutes must be 5 to 480");
        }
        Objects.requireNonNull(colour, "appointment type colour");
        if (!colour.matches("#[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("appointment type colour must be #RRGGBB");
        }
        colour = colour.toUpperCase(java.util.Locale.ROOT);
    }
}
