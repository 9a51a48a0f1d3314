package org.oa.edi.validation;

import org.oa.edi.document.InterchangeAcknowledgment;
import org.oa.edi.document.TransactionDocument;

/**
 * Receives results while a file is validated, so that huge files can be processed with flat memory. Every method
 * has an empty default; calls arrive in file order on the validating thread.
 */
public interface ValidationListener {

    /** An ISA was read. */
    default void interchangeStarted(InterchangeHeader header) {
    }

    /** A GS was read. */
    default void groupStarted(GroupHeader header) {
    }

    /**
     * Whether this listener uses the typed documents; returning false makes validation faster and
     * {@link #transactionValidated} then receives {@code null} documents. Default true.
     */
    default boolean wantsDocuments() {
        return true;
    }

    /** A transaction set ended (SE, or a missing SE detected); {@code document} is its typed form. */
    default void transactionValidated(TransactionResult result, TransactionDocument document) {
    }

    /** A TA1 was found between or outside groups. */
    default void interchangeAcknowledgment(InterchangeAcknowledgment ta1) {
    }

    /** A group ended (GE, or a missing GE detected). */
    default void groupValidated(GroupResult result) {
    }

    /** An interchange ended (IEA, or a missing IEA detected). */
    default void interchangeValidated(InterchangeResult result) {
    }

    /** A problem outside any interchange (not X12, data between interchanges). */
    default void fileProblem(Problem problem) {
    }

    /** A listener that passes every call to {@code first}, then to {@code second}. */
    static ValidationListener both(ValidationListener first, ValidationListener second) {
        return new org.oa.edi.internal.validation.BothListeners(first, second);
    }
}
