package org.oa.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;
import org.oa.core.patient.PatientId;

class CalendarFeedTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final PatientId PATIENT = PatientId.random();
    private static final String NOTE = "Robin Sample, allergic to penicillin";

    private static Appointment appointment(LocalDateTime start, AppointmentStatus status) {
        return new Appointment(AppointmentId.random(), null, null, PATIENT, UUID.randomUUID(), null,
                UUID.randomUUID(), "NEW", start, start.plusMinutes(30), status, "Squeezed in",
                status == AppointmentStatus.CANCELLED ? "Patient is ill" : null, NOTE, 1);
    }

    @Test
    void writesTypeLocationAndTimesInThePracticeZoneButNoPatientData() throws Exception {
        Appointment kept = appointment(LocalDateTime.of(2026, 6, 15, 9, 0), AppointmentStatus.SCHEDULED);
        Appointment cancelled = appointment(LocalDateTime.of(2026, 6, 16, 14, 30), AppointmentStatus.CANCELLED);

        String feed = CalendarFeed.of(List.of(kept, cancelled), ZONE,
                a -> new CalendarFeed.Labels("New patient", "Main Street Clinic"));

        assertThat(feed).startsWith("BEGIN:VCALENDAR").contains("\r\n")
                .contains("DTSTART;TZID=America/New_York:20260615T090000")
                .contains("DTEND;TZID=America/New_York:20260615T093000")
                .contains("SUMMARY:New patient", "LOCATION:Main Street Clinic", "UID:" + kept.id() + "@oa");
        assertThat(feed).doesNotContain(PATIENT.toString()).doesNotContain("Robin").doesNotContain("penicillin")
                .doesNotContain("Squeezed").doesNotContain("ill");

        Calendar parsed = new CalendarBuilder().build(new StringReader(feed));
        List<VEvent> events = parsed.getComponents("VEVENT");
        assertThat(events).hasSize(2);
        assertThat(events).extracting(e -> e.getProperty(Property.UID).orElseThrow().getValue())
                .containsExactly(kept.id() + "@oa", cancelled.id() + "@oa");
        assertThat(events).extracting(e -> e.getProperty(Property.STATUS).orElseThrow().getValue())
                .containsExactly("CONFIRMED", "CANCELLED");
        assertThat(events.get(1).getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20260616T143000");
    }

    @Test
    void writesTheStoredWallClockTimeInEveryYear() {
        Appointment winter2030 = appointment(LocalDateTime.of(2030, 3, 5, 10, 0), AppointmentStatus.SCHEDULED);

        String feed = CalendarFeed.of(List.of(winter2030), ZoneId.of("America/Chicago"),
                a -> new CalendarFeed.Labels("Physical therapy", "Main"));

        assertThat(feed).contains("DTSTART;TZID=America/Chicago:20300305T100000")
                .contains("DTEND;TZID=America/Chicago:20300305T103000");
    }

    @Test
    void anEmptyScheduleIsAValidCalendar() throws Exception {
        String feed = CalendarFeed.of(List.of(), ZONE, a -> new CalendarFeed.Labels("x", "y"));
        Calendar parsed = new CalendarBuilder().build(new StringReader(feed));
        assertThat(parsed.getProperty(Property.PRODID).orElseThrow().getValue()).isEqualTo(CalendarFeed.PRODUCT);
        assertThat(parsed.getComponents()).isEmpty();
    }
}
