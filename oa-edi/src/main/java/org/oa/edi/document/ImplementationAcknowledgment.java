package org.oa.edi.document;

import java.util.List;
import java.util.Objects;

/**
 * A 999 implementation acknowledgment (X231A1) as received.
 *
 * @param functionalId           AK101: the acknowledged group's GS01
 * @param groupControlNumber     AK102: the acknowledged group's GS06
 * @param transactionSets        one per AK2 loop
 * @param groupAcknowledgmentCode AK901: A, E, P or R
 * @param included               AK902
 * @param received               AK903
 * @param accepted               AK904
 */
public record ImplementationAcknowledgment(TransactionHeader header, String functionalId, String groupControlNumber,
        List<TransactionSetResponse> transactionSets, String groupAcknowledgmentCode, int included, int received,
        int accepted) implements TransactionDocument {
    public ImplementationAcknowledgment {
        Objects.requireNonNull(header, "header");
        functionalId = functionalId == null ? "" : functionalId;
        groupControlNumber = groupControlNumber == null ? "" : groupControlNumber;
        transactionSets = List.copyOf(Objects.requireNonNull(transactionSets, "transactionSets"));
        groupAcknowledgmentCode = groupAcknowledgmentCode == null ? "" : groupAcknowledgmentCode;
    }

    /**
     * One AK2 loop.
     *
     * @param transactionSetId  AK201
     * @param controlNumber     AK202
     * @param acknowledgmentCode IK501
     * @param errors            IK3/IK4/IK5 error codes as {@code "IK3 CLM@12 8"}, {@code "IK4 2 5"} or {@code "IK5 5"}
     */
    public record TransactionSetResponse(String transactionSetId, String controlNumber, String acknowledgmentCode,
            List<String> errors) {
        public TransactionSetResponse {
            transactionSetId = transactionSetId == null ? "" : transactionSetId;
            controlNumber = controlNumber == null ? "" : controlNumber;
            acknowledgmentCode = acknowledgmentCode == null ? "" : acknowledgmentCode;
            errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
        }
    }
}
