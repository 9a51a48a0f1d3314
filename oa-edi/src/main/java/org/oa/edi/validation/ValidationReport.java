package org.oa.edi.validation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything found in one file.
 *
 * @param x12          false when the input is not X12 at all (no ISA header at its start)
 * @param fileProblems problems outside interchanges
 * @param interchanges interchange results (with their groups and transaction sets, except in streaming mode)
 * @param claimsAccepted number of claims accepted in the whole file
 * @param claimsRejected number of claims rejected in the whole file
 */
public record ValidationReport(boolean x12, List<Problem> fileProblems, List<InterchangeResult> interchanges,
        long claimsAccepted, long claimsRejected) {
    public ValidationReport {
        fileProblems = List.copyOf(Objects.requireNonNull(fileProblems, "fileProblems"));
        interchanges = List.copyOf(Objects.requireNonNull(interchanges, "interchanges"));
        if (claimsAccepted < 0 || claimsRejected < 0) {
            throw new IllegalArgumentException("claim counts must not be negative");
        }
    }

    /**
     * Whether everything was accepted: X12, sound envelopes, every group acknowledged {@code A} and no error
     * outside interchanges. Valid in streaming mode too.
     */
    public boolean accepted() {
        return x12 && !interchanges.isEmpty() && fileProblems.stream().noneMatch(Problem::isError)
                && interchanges.stream().allMatch(i -> i.envelopeAccepted()
                        && i.groups().stream().allMatch(g -> g.status() == AckCode.ACCEPTED));
    }

    /** All problems of the file in file order (only those kept in memory in streaming mode). */
    public Stream<Problem> allProblems() {
        return Stream.concat(fileProblems.stream(), interchanges.stream().flatMap(i -> Stream.concat(
                i.problems().stream(), i.groups().stream().flatMap(g -> Stream.concat(g.problems().stream(),
                        g.transactions().stream().flatMap(t -> t.problems().stream())))))).sorted(
                (a, b) -> Long.compare(a.fileSegmentPosition(), b.fileSegmentPosition()));
    }

    /** All transaction results. */
    public Stream<TransactionResult> transactions() {
        return interchanges.stream().flatMap(i -> i.groups().stream()).flatMap(g -> g.transactions().stream());
    }
}
