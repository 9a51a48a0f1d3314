package org.oa.edi.internal.validation;

import org.oa.edi.document.GenericTransaction;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.document.TransactionHeader;
import org.oa.edi.internal.stream.ByteTokenizer;

/** Transaction sets that are read and envelope-checked only (270, 271, 276, 834, unknown). */
final class GenericHandler implements TransactionHandler {

    private final TransactionHeader header;
    private int segments = 1;

    GenericHandler(TransactionHeader header) {
        this.header = header;
    }

    @Override
    public void segment(ByteTokenizer r, TransactionContext cx) {
        segments++;
        if (!SegmentSpecs.isSyntacticId(r.segmentId())) {
            cx.segmentProblem("1", "The segment identifier is not recognised.");
        }
    }

    @Override
    public void end(TransactionContext cx) {
        segments++;
    }

    @Override
    public TransactionDocument document() {
        return new GenericTransaction(header, segments);
    }
}
