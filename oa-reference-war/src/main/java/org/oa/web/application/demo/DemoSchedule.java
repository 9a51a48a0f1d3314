package org.oa.web.application.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientSearch;
import org.oa.core.practice.OfficeHours;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.Provider;
import org.oa.core.schedule.Booking;
import org.oa.core.schedule.ScheduleResult;
import org.oa.web.application.practice.PracticePatients;
import org.oa.web.application.practice.PracticeSchedule;
import org.oa.web.application.practice.PracticeToday;

/**
 * Gives the demo practice's calendar today's appointments when it has none today, so that a developer who starts
 * the deployment finds a day to work with: per provider in office today, a few of the demo patients in the first
 * office hours, of different types. Every booking goes through the practice schedule's rules like any other (no
 * override) and is in the audit trail as by "demo data".
 */
@ApplicationScoped
public class DemoSchedule {

    private static final PracticePatients.Actor DEMO = new PracticePatients.Actor(null, null, "demo data");
    private static final List<String> TYPES = List.of("NEW", "FOLLOWUP", "PHYSICAL", "FOLLOWUP");

    @Inject
    PracticeSchedule schedule;

    @Inject
    PracticeToday today;

    /** Books today's demo appointments when the practice has none today; returns how many were booked. */
    public int fillToday(PracticeId practice) {
        LocalDate today = LocalDate.now(schedule.zone());
        List<Provider> providers = this.today.providers(practice).stream().filter(Provider::active).toList();
        for (Provider p : providers) {
            if (!schedule.between(practice, p.id(), today.atStartOfDay(), today.plusDays(1).atStartOfDay())
                    .isEmpty()) {
                return 0;
            }
        }
        List<PatientRecord> demoPatients = this.today.findPatients(practice, PatientSearch.everyone().page(0, 8),
                null, null, DEMO.page()).patients();
        if (demoPatients.isEmpty()) {
            return 0;
        }
        java.util.Map<String, Integer> minutesOf = new java.util.HashMap<>();
        schedule.types(practice).forEach(t -> minutesOf.put(t.code(), t.defaultMinutes()));
        int booked = 0;
        int next = 0;
        for (Provider provider : providers) {
            List<OfficeHours> hours = new ArrayList<>(provider.officeHours().stream()
                    .filter(h -> h.day() == today.getDayOfWeek()).toList());
            hours.sort(Comparator.comparing(OfficeHours::from));
            if (hours.isEmpty()) {
                continue;
            }
            OfficeHours first = hours.get(0);
            LocalTime at = first.from();
            for (int i = 0; i < 3 && next < demoPatients.size() * 2; i++) {
                String type = TYPES.get(next % TYPES.size());
                int minutes = minutesOf.getOrDefault(type, 20);
                if (at.plusMinutes(minutes).isAfter(first.to())) {
                    break;
                }
                Booking booking = Booking.of(demoPatients.get(next++ % demoPatients.size()).id(), provider.id(),
                        first.locationId(), type, LocalDateTime.of(today, at), minutes);
                if (schedule.book(practice, booking, DEMO) instanceof ScheduleResult.Booked) {
                    booked++;
                }
                at = at.plusMinutes(minutes + 20);
            }
        }
        return booked;
    }
}
