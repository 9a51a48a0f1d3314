package org.oa.edi.validation;

import java.util.List;
import java.util.Objects;

/**
 * Outcome for one ST/SE transaction set: what a 999 AK2 loop reports.
 *
 * @param transactionSetId        ST01
 * @param controlNumber           ST02
 * @param implementationReference ST03 (or GS08 when ST03 is absent)
 * @param fileSegmentPosition     file segment number of the ST
 * @param status                  IK501: A, E or R
 * @param problems                every problem in the transaction set, in file order (at most the
 *                                validator's limit; {@code problemCount} counts all)
 * @param problemCount            number of problems found, including any beyond the stored limit
 * @param claims                  claim outcomes (837: CLM; 835: CLP), in file order
 */
public record TransactionResult(String transactionSetId, String controlNumber, String implementationReference,
        long fileSegmentPosition, AckCode status, List<Problem> problems, int problemCount,
        List<ClaimResult> claims) {
    public TransactionResult {
        Objects.requireNonNull(transactionSetId, "transactionSetId");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(implementationReference, "implementationReference");
        Objects.requireNonNull(status, "status");
        if (status == AckCode.PARTIALLY_ACCEPTED) {
            throw new IllegalArgumentException("status P applies to groups only");
        }
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        claims = List.copyOf(Objects.requireNonNull(claims, "claims"));
        if (problemCount < problems.size()) {
            throw new IllegalArgumentException("problemCount must be at least problems.size()");
        }
    }

    /** Whether the set was accepted (A or E). */
    public boolean accepted() {
        return status != AckCode.REJECTED;
    }
}
