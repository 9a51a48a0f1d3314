package org.oa.core.schedule;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes appointments as an RFC 5545 iCalendar ({@code VCALENDAR}) feed for a provider's or a room's calendar
 * app, built with ical4j. Each appointment is one {@code VEVENT}: SUMMARY the appointment type's name, LOCATION
 * the location's name, DTSTART and DTEND with the practice's TZID, UID {@code <appointment id>@oa}, STATUS
 * CANCELLED for a cancelled one (CONFIRMED otherwise). Nothing about the patient is written: no name, ID or note.
 * Times are the stored wall-clock times with an IANA TZID; no VTIMEZONE is included (calendar apps resolve IANA
 * zone names themselves).
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
            VEvent event = new VEvent();
            event.add(local(new DtStart<>(appointment.start()), zone));
            event.add(local(new DtEnd<>(appointment.end()), zone));
            event.add(new Summary(label.summary()));
            event.add(new Uid(appointment.id() + "@oa"));
            event.add(new Location(label.location()));
            event.add(new Status(appointment.status() == AppointmentStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
            calendar.add(event);
        }
        return calendar.toString();
    }

    /**
     * The practice's wall-clock time with its TZID, as stored. Not a ZonedDateTime: ical4j would re-express that
     * in its own bundled zone rules, which put e.g. 2030-03-05 10:00 America/Chicago at 11:00.
     */
    private static <P extends Property> P local(P property, ZoneId zone) {
        property.add(new TzId(zone.getId()));
        return property;
    }
}
