package org.oa.edi.internal.validation;

import org.oa.edi.document.TransactionDocument;
import org.oa.edi.internal.stream.ByteTokenizer;

/** Validates and types the segments of one transaction set between ST and SE (exclusive). */
interface TransactionHandler {

    /** Handles the current segment of {@code r}: sets the loop, checks elements, collects data. */
    void segment(ByteTokenizer r, TransactionContext cx);

    /** Called once at SE (or when SE is missing): final structure checks. */
    void end(TransactionContext cx);

    /** The typed document built so far. */
    TransactionDocument document();
}
