package org.oa.core.practice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of storing a record of the practice (patient, coverage, provider, location, resource): either
 * {@link Saved} with the record as stored, or {@link Refused} with the problems, nothing stored. Problems that a
 * caller can fix or confirm are return values, not exceptions; see {@link RecordProblem.Code}. Immutable.
 *
 * @param <T> the kind of record
 */
public sealed interface SaveResult<T> permits SaveResult.Saved, SaveResult.Refused {

    /** The record was stored; {@code record} is what a later read returns (with stamps, normalised values). */
    record Saved<T>(T record) implements SaveResult<T> {
        public Saved {
            Objects.requireNonNull(record, "saved record");
        }

        @Override
        public List<RecordProblem> problems() {
            return List.of();
        }
    }

    /** Nothing was stored, for these reasons (at least one). */
    record Refused<T>(List<RecordProblem> problems) implements SaveResult<T> {
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal needs at least one problem");
            }
        }
    }

    /** A refusal with one problem. */
    static <T> SaveResult<T> refused(RecordProblem.Code code, String field, String message) {
        return new Refused<>(List.of(new RecordProblem(code, field, message)));
    }

    /** The problems; empty when saved. */
    List<RecordProblem> problems();

    /** Whether the record was stored. */
    default boolean isSaved() {
        return this instanceof Saved;
    }

    /** The stored record, or empty when refused. */
    default Optional<T> saved() {
        return this instanceof Saved<T> s ? Optional.of(s.record()) : Optional.empty();
    }

    /** Whether the refusal includes a problem with this code. */
    default boolean refusedFor(RecordProblem.Code code) {
        return problems().stream().anyMatch(p -> p.code() == code);
    }
}
