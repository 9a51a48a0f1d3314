package org.oa.edi.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Outcome for one claim (2300 loop of an 837, 2100 of an 835). {@code toString()} hides the claim identifier.
 *
 * @param claimId     CLM01 (CLP01 in an 835)
 * @param totalCharge CLM02 (CLP03), {@code null} when unreadable
 * @param accepted    false when the claim has an error or its transaction set was rejected
 * @param problems    problems located inside this claim
 */
public record ClaimResult(String claimId, BigDecimal totalCharge, boolean accepted, List<Problem> problems) {
    public ClaimResult {
        Objects.requireNonNull(claimId, "claimId");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }

    @Override
    public String toString() {
        return "ClaimResult[accepted=" + accepted + ", problems=" + problems.size() + ", redacted]";
    }
}
