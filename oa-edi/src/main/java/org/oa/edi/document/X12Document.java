package org.oa.edi.document;

import java.util.List;
import java.util.Objects;

/**
 * Everything typed in one file: interchanges, their groups and transaction sets, and TA1s. Built in memory, so
 * meant for files of ordinary size; for large files use {@code X12Validator.validate(InputStream, listener)}.
 */
public record X12Document(List<Interchange> interchanges) {
    public X12Document {
        interchanges = List.copyOf(Objects.requireNonNull(interchanges, "interchanges"));
    }

    /** One ISA/IEA envelope. */
    public record Interchange(String controlNumber, String senderQualifier, String senderId,
            String receiverQualifier, String receiverId, List<InterchangeAcknowledgment> acknowledgments,
            List<FunctionalGroup> groups) {
        public Interchange {
            Objects.requireNonNull(controlNumber, "controlNumber");
            acknowledgments = List.copyOf(Objects.requireNonNull(acknowledgments, "acknowledgments"));
            groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
        }
    }

    /** One GS/GE envelope. */
    public record FunctionalGroup(String functionalId, String controlNumber, String version,
            List<TransactionDocument> transactions) {
        public FunctionalGroup {
            Objects.requireNonNull(functionalId, "functionalId");
            Objects.requireNonNull(controlNumber, "controlNumber");
            Objects.requireNonNull(version, "version");
            transactions = List.copyOf(Objects.requireNonNull(transactions, "transactions"));
        }
    }
}
