package org.oa.core.schedule;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes appointments as an RFC 5545 iCalendar ({@code VCALENDAR}) feed for a provider's or a room's calendar
 * app, built with ical4j. Each appointment is one {@code VEVENT}: SUMMARY the appointment type's name, LOCATION
 * the location's name, DTSTART and DTEND with the practice's TZID, UID {@code <appointment id>@oa}, STATUS
 * CANCELLED for a cancelled one (CONFIRMED otherwise). Nothing about the patient is written: no name, ID or note.
 * Stateless and thread-safe.
 */
public final class CalendarFeed {

    /** The PRODID of every feed. */
    public static final String PRODUCT = "-//OA//Schedule//EN";

    /**
     * What a feed shows of an appointment.
     *
     * @param summary  the event title: the appointment type's name, e.g. "New patient"
     * @param location the location's name, e.g. "Main Street Clinic"
     */
    public record Labels(String summary, String location) {
        public Labels {
            Objects.requireNonNull(summary, "feed summary");
            Objects.requireNonNull(location, "feed location");
        }
    }

    private CalendarFeed() {
    }

    /**
     * The VCALENDAR text (CRLF line ends) of {@code appointments}, in local time of {@code zone}, labelled by
     * {@code labels} (which must not return patient data).
     */
    public static String of(List<Appointment> appointments, ZoneId zone, Function<Appointment, Labels> labels) {
        Objects.requireNonNull(appointments, "appointments");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(labels, "labels");
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (Appointment appointment : appointments) {
            Labels label = Objects.requireNonNull(labels.apply(appointment), "labels of an appointment");
            VEvent event = new VEvent(appointment.start().atZone(zone), appointment.end().atZone(zone),
                    label.summary());
            event.add(new Uid(appointment.id() + "@oa"));
            event.add(new Location(label.location()));
            event.add(new Status(appointment.status() == AppointmentStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            calendar.add(event);
        }
        return calendar.toString();
    }
}
