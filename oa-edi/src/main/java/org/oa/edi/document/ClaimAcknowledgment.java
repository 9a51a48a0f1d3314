package org.oa.edi.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A 277 claim acknowledgment (277CA X214) or claim status response: one status per claim (TRN*2). */
public record ClaimAcknowledgment(TransactionHeader header, List<ClaimStatus> claims) implements TransactionDocument {
    public ClaimAcknowledgment {
        Objects.requireNonNull(header, "header");
        claims = List.copyOf(Objects.requireNonNull(claims, "claims"));
    }

    /**
     * The status of one claim. {@code toString()} hides the patient control number.
     *
     * @param patientControlNumber TRN02 (the CLM01 of the claim)
     * @param payerClaimId         REF*1K, empty when absent
     * @param statusCodes          STC01 composites, e.g. {@code "A1:20"} accepted, {@code "A7:562"} rejected
     * @param charge               STC04, {@code null} when absent
     */
    public record ClaimStatus(String patientControlNumber, String payerClaimId, List<String> statusCodes,
            BigDecimal charge) {
        public ClaimStatus {
            Objects.requireNonNull(patientControlNumber, "patientControlNumber");
            payerClaimId = payerClaimId == null ? "" : payerClaimId;
            statusCodes = List.copyOf(Objects.requireNonNull(statusCodes, "statusCodes"));
        }

        /** Whether the first status category says the claim was accepted (A1, A2 or A3 is not a rejection). */
        public boolean accepted() {
            return !statusCodes.isEmpty() && !statusCodes.get(0).startsWith("A3")
                    && !statusCodes.get(0).startsWith("A6") && !statusCodes.get(0).startsWith("A7")
                    && !statusCodes.get(0).startsWith("A8");
        }

        @Override
        public String toString() {
            return "ClaimStatus[statusCodes=" + statusCodes + ", redacted]";
        }
    }
}
