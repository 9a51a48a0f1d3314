package org.oa.edi.claims;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.oa.core.claim.Claim;

/**
 * The outcome of mapping one 837 claim: the core claim, or the problems that kept it from being mapped.
 * {@code toString()} leaves out the patient control number.
 *
 * @param index                0-based position of the claim in its transaction set
 * @param patientControlNumber CLM01, to tie the outcome to the file's claim
 * @param claim                the core claim, {@code null} when it could not be mapped
 * @param problems             errors (then {@code claim} is null) and warnings, in claim order
 */
public record MappedClaim(int index, String patientControlNumber, Claim claim, List<MappingProblem> problems) {
    public MappedClaim {
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if (claim == null && problems.stream().noneMatch(MappingProblem::isError)) {
            throw new IllegalArgumentException("an unmapped claim needs an error");
        }
        if (claim != null && problems.stream().anyMatch(MappingProblem::isError)) {
            throw new IllegalArgumentException("a mapped claim must not have errors");
        }
    }

    /** Whether the claim was mapped. */
    public boolean mapped() {
        return claim != null;
    }

    /** The core claim, or empty when it could not be mapped. */
    public Optional<Claim> coreClaim() {
        return Optional.ofNullable(claim);
    }

    @Override
    public String toString() {
        return "MappedClaim[index=" + index + ", mapped=" + mapped() + ", problems=" + problems.size() + "]";
    }
}
