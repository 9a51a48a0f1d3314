package org.oa.edi.document;

import java.util.Objects;

/**
 * The ST header of a transaction set.
 *
 * @param transactionSetId        ST01, e.g. {@code "837"}
 * @param controlNumber           ST02
 * @param implementationReference ST03 (empty when absent), e.g. {@code "005010X222A1"}
 */
public record TransactionHeader(String transactionSetId, String controlNumber, String implementationReference) {
    public TransactionHeader {
        Objects.requireNonNull(transactionSetId, "transactionSetId");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(implementationReference, "implementationReference");
    }
}
