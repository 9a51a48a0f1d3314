package org.oa.core.schedule;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a booking or a change: {@link Booked}, {@link Changed}, or {@link Refused} with the problems
 * (then nothing was stored). Expected problems are values, not exceptions. Immutable.
 */
public sealed interface ScheduleResult permits ScheduleResult.Booked, ScheduleResult.Changed, ScheduleResult.Refused {

    /**
     * Booked: every occurrence as stored, in start order.
     *
     * @param occurrences   the appointments, one for a single booking
     * @param seriesIdOrNull the series, or null for a single booking
     */
    record Booked(List<Appointment> occurrences, SeriesId seriesIdOrNull) implements ScheduleResult {
        public Booked {
            occurrences = List.copyOf(occurrences);
            if (occurrences.isEmpty()) {
                throw new IllegalArgumentException("a booking has at least one occurrence");
            }
        }
    }

    /** Changed: the appointment the call named, as stored now. */
    record Changed(Appointment appointment) implements ScheduleResult {
        public Changed {
            Objects.requireNonNull(appointment, "changed appointment");
        }
    }

    /** Refused, for these reasons (at least one); nothing was stored. */
    record Refused(List<ScheduleProblem> problems) implements ScheduleResult {
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one problem");
            }
        }
    }

    /** A refusal with one problem. */
    static ScheduleResult refused(String path, String code, String message) {
        return new Refused(List.of(ScheduleProblem.of(path, code, message)));
    }

    /** The problems; empty unless refused. */
    default List<ScheduleProblem> problems() {
        return this instanceof Refused r ? r.problems() : List.of();
    }

    /** Whether the refusal includes a problem with this code. */
    default boolean refusedFor(String code) {
        return problems().stream().anyMatch(p -> p.code().equals(code));
    }
}
