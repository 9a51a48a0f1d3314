package org.oa.core.internal.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class SeriesRuleTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 6, 15, 9, 0);

    @Test
    void readsAnUntilGivenAsADateAsTheEndOfThatDay() {
        SeriesRule.Expansion expansion = SeriesRule.expand("FREQ=WEEKLY;UNTIL=20260629", MONDAY_9, 30, ZONE);

        assertThat(expansion.problem()).isNull();
        assertThat(expansion.starts()).containsExactly(MONDAY_9, MONDAY_9.plusWeeks(1), MONDAY_9.plusWeeks(2));
        assertThat(expansion.rule()).isEqualTo("FREQ=WEEKLY;UNTIL=20260629T235959");
    }

    @Test
    void readsAnUntilInUtcInThePracticeZone() {
        // 13:00 UTC is 09:00 in New York (daylight saving time): the last occurrence is included.
        SeriesRule.Expansion expansion = SeriesRule.expand("FREQ=DAILY;UNTIL=20260617T130000Z", MONDAY_9, 30, ZONE);

        assertThat(expansion.starts()).containsExactly(MONDAY_9, MONDAY_9.plusDays(1), MONDAY_9.plusDays(2));
    }

    @Test
    void refusesRepeatsThatOverlapEachOtherAndRulesThatAreNotRules() {
        assertThat(SeriesRule.expand("FREQ=MINUTELY;INTERVAL=15;COUNT=3", MONDAY_9, 30, ZONE).problem().code())
                .isEqualTo("bad_rrule");
        assertThat(SeriesRule.expand("FREQ=WEEKLY;COUNT=x", MONDAY_9, 30, ZONE).problem().code())
                .isEqualTo("bad_rrule");
        assertThat(SeriesRule.expand("every monday", MONDAY_9, 30, ZONE).problem().path())
                .isEqualTo("appointment.rrule");
    }

    @Test
    void refusesMoreThan260OccurrencesOrMoreThanTwoYears() {
        assertThat(SeriesRule.expand("FREQ=DAILY;COUNT=260", MONDAY_9, 30, ZONE).starts()).hasSize(260);
        assertThat(SeriesRule.expand("FREQ=DAILY;COUNT=261", MONDAY_9, 30, ZONE).problem().code())
                .isEqualTo("series_too_long");
        assertThat(SeriesRule.expand("FREQ=MONTHLY;COUNT=30", MONDAY_9, 30, ZONE).problem().code())
                .isEqualTo("series_too_long");
        assertThat(SeriesRule.expand("FREQ=DAILY", MONDAY_9, 30, ZONE).starts())
                .as("an open daily rule stops at 260 within its year").hasSize(260);
    }

    @Test
    void endsShiftsAndListsExceptions() {
        assertThat(SeriesRule.endedBefore("FREQ=WEEKLY;COUNT=6", MONDAY_9.plusWeeks(2)))
                .isEqualTo("FREQ=WEEKLY;UNTIL=20260629T085959");
        assertThat(SeriesRule.shifted("FREQ=WEEKLY;UNTIL=20260629T090000", Duration.ofHours(2)))
                .isEqualTo("FREQ=WEEKLY;UNTIL=20260629T110000");
        assertThat(SeriesRule.namesDays("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4")).isTrue();
        assertThat(SeriesRule.namesDays("FREQ=WEEKLY;COUNT=4")).isFalse();
        String exdates = SeriesRule.withExdate(SeriesRule.withExdate("", MONDAY_9.plusWeeks(2)), MONDAY_9);
        assertThat(exdates).isEqualTo("20260615T090000,20260629T090000");
        assertThat(SeriesRule.exdates(exdates)).isEqualTo(List.of(MONDAY_9, MONDAY_9.plusWeeks(2)));
    }
}
