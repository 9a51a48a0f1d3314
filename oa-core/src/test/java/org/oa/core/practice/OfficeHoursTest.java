package org.oa.core.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oa.core.identifier.Npi;

class OfficeHoursTest {

    private static final UUID MAIN = UUID.fromString("00000000-0000-4000-8000-00000000c001");

    @Test
    void aPeriodEndsAfterItStartsInWholeMinutesOnOneDay() {
        OfficeHours morning = OfficeHours.of(DayOfWeek.MONDAY, "08:00", "12:00", MAIN);
        assertThat(morning.covers(DayOfWeek.MONDAY, LocalTime.of(8, 0))).isTrue();
        assertThat(morning.covers(DayOfWeek.MONDAY, LocalTime.of(12, 0))).as("the end is not in it").isFalse();
        assertThat(morning.covers(DayOfWeek.TUESDAY, LocalTime.of(9, 0))).isFalse();
        assertThatThrownBy(() -> OfficeHours.of(DayOfWeek.MONDAY, "12:00", "12:00", MAIN))
                .hasMessage("office hours to must be after from");
        assertThatThrownBy(() -> OfficeHours.of(DayOfWeek.MONDAY, "22:00", "02:00", MAIN))
                .hasMessage("office hours to must be after from");
        assertThatThrownBy(() -> OfficeHours.of(DayOfWeek.MONDAY, "08:00:30", "12:00", MAIN))
                .hasMessage("office hours from and to must be whole minutes");
        assertThatThrownBy(() -> new OfficeHours(DayOfWeek.MONDAY, LocalTime.NOON, LocalTime.MIDNIGHT, null))
                .hasMessage("office hours locationId");
    }

    @Test
    void aProviderKeepsHoursInWeekOrderAndIsNeverInTwoPlacesAtOnce() {
        UUID branch = UUID.randomUUID();
        Provider provider = new Provider(UUID.randomUUID(), "Avery", "Stone", new Npi("1245319599"), "207Q00000X")
                .withOfficeHours(List.of(OfficeHours.of(DayOfWeek.FRIDAY, "08:00", "12:00", MAIN),
                        OfficeHours.of(DayOfWeek.MONDAY, "13:00", "17:00", branch),
                        OfficeHours.of(DayOfWeek.MONDAY, "08:00", "13:00", MAIN)));
        assertThat(provider.officeHours()).extracting(OfficeHours::day, OfficeHours::from).containsExactly(
                org.assertj.core.api.Assertions.tuple(DayOfWeek.MONDAY, LocalTime.of(8, 0)),
                org.assertj.core.api.Assertions.tuple(DayOfWeek.MONDAY, LocalTime.of(13, 0)),
                org.assertj.core.api.Assertions.tuple(DayOfWeek.FRIDAY, LocalTime.of(8, 0)));
        assertThat(provider.withActive(false).officeHours()).isEqualTo(provider.officeHours());
        assertThat(new Provider(UUID.randomUUID(), "", "Clinic", new Npi("1245319599"), "207Q00000X")
                .officeHours()).isEmpty();
        assertThatThrownBy(() -> provider.withOfficeHours(List.of(OfficeHours.of(DayOfWeek.MONDAY, "08:00", "12:00",
                MAIN), OfficeHours.of(DayOfWeek.MONDAY, "11:30", "14:00", branch))))
                .hasMessage("provider officeHours must not overlap");
    }

    @Test
    void aPracticesProvidersSeePatientsOnlyAtItsOwnLocations() {
        Location main = new Location(MAIN, "Main", "100 Main Street", "Springfield", "IL", "62701", null);
        Provider away = new Provider(UUID.randomUUID(), "Avery", "Stone", new Npi("1245319599"), "207Q00000X")
                .withOfficeHours(List.of(OfficeHours.of(DayOfWeek.MONDAY, "08:00", "12:00", UUID.randomUUID())));
        assertThatThrownBy(() -> new Practice(PracticeId.random(), "Sunrise Family Medicine",
                new org.oa.core.identifier.TaxId("123456789"), new Npi("1234567893"), List.of(main), List.of(away)))
                .hasMessage("practice providers' office hours must be at its locations");
    }
}
