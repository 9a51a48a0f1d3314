package org.oa.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class AppointmentStatusTest {

    @Test
    void followsTheFrontDeskFlow() {
        assertThat(AppointmentStatus.SCHEDULED.successors()).containsExactlyInAnyOrder(AppointmentStatus.ARRIVED,
                AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED);
        assertThat(AppointmentStatus.ARRIVED.successors()).containsExactlyInAnyOrder(AppointmentStatus.IN_ROOM,
                AppointmentStatus.CHECKED_OUT, AppointmentStatus.CANCELLED);
        assertThat(AppointmentStatus.IN_ROOM.successors()).containsExactly(AppointmentStatus.CHECKED_OUT);
        assertThat(AppointmentStatus.SCHEDULED.canBecome(AppointmentStatus.IN_ROOM)).isFalse();
        assertThat(AppointmentStatus.IN_ROOM.canBecome(AppointmentStatus.CANCELLED)).isFalse();
        assertThat(AppointmentStatus.ARRIVED.canBecome(null)).isFalse();
    }

    @Test
    void finalStatusesBecomeNothingElse() {
        for (AppointmentStatus last : EnumSet.of(AppointmentStatus.CHECKED_OUT, AppointmentStatus.NO_SHOW,
                AppointmentStatus.CANCELLED)) {
            for (AppointmentStatus next : AppointmentStatus.values()) {
                assertThat(last.canBecome(next)).as(last + " -> " + next).isFalse();
            }
        }
    }

    @Test
    void onlyCancelledAndNoShowFreeTheSlot() {
        assertThat(EnumSet.allOf(AppointmentStatus.class)).filteredOn(s -> !s.occupiesSlot())
                .containsExactlyInAnyOrder(AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW);
    }

    @Test
    void aBookingNamesNoPatientOrNote() {
        Booking booking = Booking.of(org.oa.core.patient.PatientId.random(), java.util.UUID.randomUUID(),
                java.util.UUID.randomUUID(), "new", java.time.LocalDateTime.of(2026, 6, 15, 9, 0), 30)
                .withNote("Prefers Spanish");
        assertThat(booking.typeCode()).isEqualTo("NEW");
        assertThat(booking.toString()).doesNotContain(booking.patientId().toString()).doesNotContain("Spanish");
    }
}
