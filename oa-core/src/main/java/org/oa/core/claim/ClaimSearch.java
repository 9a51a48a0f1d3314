package org.oa.core.claim;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.oa.core.identifier.PayerId;
import org.oa.core.lifecycle.ClaimStatus;

/**
 * What Manage Claims looks for among one practice's claims. Every criterion is optional except the received
 * period; {@code toString()} leaves out the search text, which may be a patient's name.
 *
 * @param receivedFrom first instant received (inclusive)
 * @param receivedTo   last instant received (exclusive)
 * @param status       only claims in this status, or null for any
 * @param text         part of the patient's name, the start of the patient control number (CLM01) or OA's claim
 *                     ID; empty for any (case-insensitive)
 * @param payerId      only claims for this payer, or null
 * @param serviceFrom  only claims with a line served on or after this date, or null
 * @param serviceTo    only claims with a line served on or before this date, or null
 */
public record ClaimSearch(Instant receivedFrom, Instant receivedTo, ClaimStatus status, String text, PayerId payerId,
                          LocalDate serviceFrom, LocalDate serviceTo) {

    public ClaimSearch {
        Objects.requireNonNull(receivedFrom, "search receivedFrom");
        Objects.requireNonNull(receivedTo, "search receivedTo");
        text = text == null ? "" : text.strip();
        if (!receivedFrom.isBefore(receivedTo)) {
            throw new IllegalArgumentException("the received period must end after it starts");
        }
    }

    /** Claims received in the last {@code days} days before {@code now}, any status. */
    public static ClaimSearch receivedWithin(Instant now, int days) {
        return new ClaimSearch(now.minus(java.time.Duration.ofDays(days)), now.plusSeconds(1), null, "", null, null,
                null);
    }

    /** Whether a stored claim has a line served within the service period. */
    public boolean servedWithin(Claim claim) {
        if (serviceFrom == null && serviceTo == null) {
            return true;
        }
        for (ServiceLine line : claim.serviceLines()) {
            LocalDate from = line.serviceFrom();
            LocalDate to = Optional.ofNullable(line.serviceTo()).orElse(from);
            if (from != null && (serviceTo == null || !from.isAfter(serviceTo))
                    && (serviceFrom == null || !to.isBefore(serviceFrom))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ClaimSearch[" + receivedFrom + ".." + receivedTo + ", status=" + status + ", payer=" + payerId
                + ", service=" + serviceFrom + ".." + serviceTo + ", text=" + (text.isEmpty() ? "none" : "given") + "]";
    }
}
