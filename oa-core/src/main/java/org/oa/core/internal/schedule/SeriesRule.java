package org.oa.core.internal.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import net.fortuna.ical4j.model.Recur;

import org.oa.core.schedule.ScheduleProblem;
import org.oa.core.schedule.ScheduleRepository;

/**
 * An appointment series' RFC 5545 repeat rule (an RRULE value) over local date-times, computed by ical4j's
 * {@link Recur}: no recurrence arithmetic of our own. Stateless and thread-safe.
 */
public final class SeriesRule {

    /** EXDATE and UNTIL values: local date-times without zone ("floating"), e.g. {@code 20260622T090000}. */
    public static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private static final String PATH = "appointment.rrule";

    /**
     * The occurrences of a rule, or the problem with it.
     *
     * @param rule    the rule as it is to be stored (an open rule gets the UNTIL of its last occurrence)
     * @param starts  the occurrence starts, in order
     * @param problem null when the rule is usable
     */
    public record Expansion(String rule, List<LocalDateTime> starts, ScheduleProblem problem) {
    }

    private SeriesRule() {
    }

    /**
     * Expands {@code rrule} from {@code dtstart} for appointments of {@code minutes}: within two years and
     * {@link ScheduleRepository#MAX_OCCURRENCES} occurrences when the rule has COUNT or UNTIL (more is a
     * problem), one year when it has neither. An UNTIL given as a date or in UTC is read in {@code zone}.
     */
    public static Expansion expand(String rrule, LocalDateTime dtstart, int minutes, ZoneId zone) {
        Recur<LocalDateTime> recur;
        List<LocalDateTime> starts;
        try {
            recur = new Recur<>(localUntil(rrule.strip(), zone));
            boolean bounded = recur.getCount() > 0 || recur.getUntil() != null;
            LocalDateTime horizon = bounded ? dtstart.plusYears(10) : dtstart.plusYears(1);
            starts = recur.getDates(dtstart, dtstart, horizon, ScheduleRepository.MAX_OCCURRENCES + 1);
            if (bounded && (starts.size() > ScheduleRepository.MAX_OCCURRENCES
                    || !starts.isEmpty() && starts.get(starts.size() - 1).isAfter(dtstart.plusYears(2)))) {
                return problem(ScheduleProblem.SERIES_TOO_LONG, "A series can have at most "
                        + ScheduleRepository.MAX_OCCURRENCES + " appointments within two years.");
            }
            if (!bounded && starts.size() > ScheduleRepository.MAX_OCCURRENCES) {
                starts = starts.subList(0, ScheduleRepository.MAX_OCCURRENCES);
            }
            if (!bounded && !starts.isEmpty()) {
                recur = new Recur.Builder<>(recur).count(null).until(starts.get(starts.size() - 1)).build();
            }
        } catch (RuntimeException e) {
            return problem(ScheduleProblem.BAD_RRULE, "The repeat rule is not valid; for example, use"
                    + " FREQ=WEEKLY;COUNT=6 for six weekly appointments.");
        }
        if (starts.isEmpty()) {
            return problem(ScheduleProblem.BAD_RRULE, "The repeat rule gives no dates from the first appointment.");
        }
        for (int i = 1; i < starts.size(); i++) {
            if (starts.get(i - 1).plusMinutes(minutes).isAfter(starts.get(i))) {
                return problem(ScheduleProblem.BAD_RRULE, "The repeats of this rule would overlap each other.");
            }
        }
        return new Expansion(recur.toString(), List.copyOf(starts), null);
    }

    /** The rule ended just before {@code occurrenceStart}: UNTIL one second before it, no COUNT. */
    public static String endedBefore(String rrule, LocalDateTime occurrenceStart) {
        return withUntil(rrule, occurrenceStart.minusSeconds(1));
    }

    /** The rule with UNTIL {@code lastStart} instead of any COUNT or UNTIL. */
    public static String withUntil(String rrule, LocalDateTime lastStart) {
        Recur<LocalDateTime> recur = new Recur<>(rrule);
        return new Recur.Builder<>(recur).count(null).until(lastStart).build().toString();
    }

    /** The rule with its UNTIL (if any) moved by {@code offset}. */
    public static String shifted(String rrule, Duration offset) {
        Recur<LocalDateTime> recur = new Recur<>(rrule);
        if (recur.getUntil() == null) {
            return rrule;
        }
        return new Recur.Builder<>(recur).until(recur.getUntil().plus(offset)).build().toString();
    }

    /** Whether the rule names days (BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH or BYSETPOS). */
    public static boolean namesDays(String rrule) {
        Recur<LocalDateTime> recur = new Recur<>(rrule);
        return !recur.getDayList().isEmpty() || !recur.getMonthDayList().isEmpty()
                || !recur.getYearDayList().isEmpty() || !recur.getWeekNoList().isEmpty()
                || !recur.getMonthList().isEmpty() || !recur.getSetPosList().isEmpty();
    }

    /** Parses a comma-separated EXDATE list (empty text for none). */
    public static List<LocalDateTime> exdates(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(t -> LocalDateTime.parse(t.strip(), LOCAL)).toList();
    }

    /** Formats an EXDATE list, sorted, without duplicates. */
    public static String exdateText(List<LocalDateTime> dates) {
        return dates.stream().distinct().sorted().map(LOCAL::format).reduce((a, b) -> a + "," + b).orElse("");
    }

    /** The EXDATE list with one more date. */
    public static String withExdate(String text, LocalDateTime date) {
        List<LocalDateTime> dates = new ArrayList<>(exdates(text));
        dates.add(Objects.requireNonNull(date, "exdate"));
        return exdateText(dates);
    }

    /** A rule whose UNTIL is a date or a UTC time, rewritten with a local UNTIL (end of that day, or in zone). */
    private static String localUntil(String rrule, ZoneId zone) {
        Recur<Temporal> probe = new Recur<>(rrule);
        Temporal until = probe.getUntil();
        LocalDateTime local;
        if (until == null || until instanceof LocalDateTime) {
            return rrule;
        } else if (until instanceof LocalDate d) {
            local = d.atTime(23, 59, 59);
        } else if (until instanceof OffsetDateTime o) {
            local = o.atZoneSameInstant(zone).toLocalDateTime();
        } else if (until instanceof ZonedDateTime z) {
            local = z.withZoneSameInstant(zone).toLocalDateTime();
        } else if (until instanceof Instant i) {
            local = LocalDateTime.ofInstant(i, zone);
        } else {
            throw new IllegalArgumentException("unsupported UNTIL");
        }
        return rrule.replaceFirst("(?i)UNTIL=[^;]*", "UNTIL=" + LOCAL.format(local));
    }

    private static Expansion problem(String code, String message) {
        return new Expansion(null, List.of(), ScheduleProblem.of(PATH, code, message));
    }
}
