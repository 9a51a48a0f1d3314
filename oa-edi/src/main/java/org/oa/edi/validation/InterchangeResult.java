package org.oa.edi.validation;

import java.util.List;
import java.util.Objects;

/**
 * Outcome for one ISA/IEA interchange: what a TA1 reports.
 *
 * @param header   the ISA header
 * @param problems envelope problems with TA1 note codes; any error rejects the interchange
 * @param groups   group results, or empty in streaming mode
 */
public record InterchangeResult(InterchangeHeader header, List<Problem> problems, List<GroupResult> groups) {
    public InterchangeResult {
        Objects.requireNonNull(header, "header");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
    }

    /** Whether the envelope is sound (no TA1 error). */
    public boolean envelopeAccepted() {
        return problems.stream().noneMatch(Problem::isError);
    }

    /** The TA1 note code to report: the first error's code, or {@code "000"} when there is none. */
    public String ta1NoteCode() {
        return problems.stream().filter(Problem::isError).map(Problem::code).findFirst().orElse("000");
    }
}
