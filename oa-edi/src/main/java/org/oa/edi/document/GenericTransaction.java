package org.oa.edi.document;

import java.util.Objects;

/**
 * A transaction set the engine reads and envelope-checks but does not model (270, 271, 276, 834, unknown).
 *
 * @param segmentCount segments from ST to SE inclusive as counted
 */
public record GenericTransaction(TransactionHeader header, int segmentCount) implements TransactionDocument {
    public GenericTransaction {
        Objects.requireNonNull(header, "header");
        if (segmentCount < 0) {
            throw new IllegalArgumentException("segmentCount must not be negative");
        }
    }
}
