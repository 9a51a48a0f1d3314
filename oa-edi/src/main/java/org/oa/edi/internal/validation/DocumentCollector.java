package org.oa.edi.internal.validation;

import java.util.ArrayList;
import java.util.List;
import org.oa.edi.document.InterchangeAcknowledgment;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.document.X12Document;
import org.oa.edi.validation.GroupHeader;
import org.oa.edi.validation.GroupResult;
import org.oa.edi.validation.InterchangeHeader;
import org.oa.edi.validation.InterchangeResult;
import org.oa.edi.validation.TransactionResult;
import org.oa.edi.validation.ValidationListener;

/** Collects typed documents into an {@link X12Document} while a file is validated. */
public final class DocumentCollector implements ValidationListener {

    private final List<X12Document.Interchange> interchanges = new ArrayList<>();
    private InterchangeHeader isa;
    private List<InterchangeAcknowledgment> ta1s = new ArrayList<>();
    private List<X12Document.FunctionalGroup> groups = new ArrayList<>();
    private GroupHeader gs;
    private List<TransactionDocument> transactions = new ArrayList<>();

    @Override
    public void interchangeStarted(InterchangeHeader header) {
        isa = header;
        ta1s = new ArrayList<>();
        groups = new ArrayList<>();
    }

    @Override
    public void groupStarted(GroupHeader header) {
        gs = header;
        transactions = new ArrayList<>();
    }

    @Override
    public void transactionValidated(TransactionResult result, TransactionDocument document) {
        transactions.add(document);
    }

    @Override
    public void interchangeAcknowledgment(InterchangeAcknowledgment ta1) {
        ta1s.add(ta1);
    }

    @Override
    public void groupValidated(GroupResult result) {
        groups.add(new X12Document.FunctionalGroup(gs.functionalId(), gs.controlNumber(), gs.version(),
                transactions));
    }

    @Override
    public void interchangeValidated(InterchangeResult result) {
        interchanges.add(new X12Document.Interchange(isa.controlNumber(), isa.senderQualifier(), isa.senderId(),
                isa.receiverQualifier(), isa.receiverId(), ta1s, groups));
    }

    /** The document collected so far. */
    public X12Document document() {
        return new X12Document(interchanges);
    }
}
