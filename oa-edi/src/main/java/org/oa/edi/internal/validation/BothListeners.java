package org.oa.edi.internal.validation;

import java.util.Objects;

import org.oa.edi.document.InterchangeAcknowledgment;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.validation.GroupHeader;
import org.oa.edi.validation.GroupResult;
import org.oa.edi.validation.InterchangeHeader;
import org.oa.edi.validation.InterchangeResult;
import org.oa.edi.validation.Problem;
import org.oa.edi.validation.TransactionResult;
import org.oa.edi.validation.ValidationListener;

/** Sends every callback to two listeners, the first first; documents are built when either wants them. */
public record BothListeners(ValidationListener first, ValidationListener second) implements ValidationListener {

    public BothListeners {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    @Override
    public void interchangeStarted(InterchangeHeader header) {
        first.interchangeStarted(header);
        second.interchangeStarted(header);
    }

    @Override
    public void groupStarted(GroupHeader header) {
        first.groupStarted(header);
        second.groupStarted(header);
    }

    @Override
    public boolean wantsDocuments() {
        return first.wantsDocuments() || second.wantsDocuments();
    }

    @Override
    public void transactionValidated(TransactionResult result, TransactionDocument document) {
        first.transactionValidated(result, document);
        second.transactionValidated(result, document);
    }

    @Override
    public void interchangeAcknowledgment(InterchangeAcknowledgment ta1) {
        first.interchangeAcknowledgment(ta1);
        second.interchangeAcknowledgment(ta1);
    }

    @Override
    public void groupValidated(GroupResult result) {
        first.groupValidated(result);
        second.groupValidated(result);
    }

    @Override
    public void interchangeValidated(InterchangeResult result) {
        first.interchangeValidated(result);
        second.interchangeValidated(result);
    }

    @Override
    public void fileProblem(Problem problem) {
        first.fileProblem(problem);
        second.fileProblem(problem);
    }
}
