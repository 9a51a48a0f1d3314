package org.oa.core.schedule;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an appointment is in the front-desk flow: scheduled, then arrived (checked in), in a room, checked out;
 * or no-show or cancelled. Checked out, no-show and cancelled are final.
 */
public enum AppointmentStatus {
    /** Booked, the patient has not arrived yet. */
    SCHEDULED,
    /** The patient has checked in at the desk. */
    ARRIVED,
    /** The patient is in an exam room. */
    IN_ROOM,
    /** The visit is over (final). */
    CHECKED_OUT,
    /** The patient did not come (final); the slot is free again. */
    NO_SHOW,
    /** Cancelled with a reason (final); the slot is free again. */
    CANCELLED;

    /** Whether an appointment in this status may be changed to {@code next}. */
    public boolean canBecome(AppointmentStatus next) {
        return next != null && successors().contains(next);
    }

    /** The statuses this one may change to; empty for a final status. */
    public Set<AppointmentStatus> successors() {
        return switch (this) {
            case SCHEDULED -> EnumSet.of(ARRIVED, NO_SHOW, CANCELLED);
            case ARRIVED -> EnumSet.of(IN_ROOM, CHECKED_OUT, CANCELLED);
            case IN_ROOM -> EnumSet.of(CHECKED_OUT);
            case CHECKED_OUT, NO_SHOW, CANCELLED -> EnumSet.noneOf(AppointmentStatus.class);
        };
    }

    /** Whether an appointment in this status holds its provider's and resource's time (not cancelled or no-show). */
    public boolean occupiesSlot() {
        return this != CANCELLED && this != NO_SHOW;
    }
}
