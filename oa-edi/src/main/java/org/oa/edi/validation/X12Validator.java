package org.oa.edi.validation;

import java.io.InputStream;
import java.util.Objects;
import org.oa.edi.document.X12Document;
import org.oa.edi.internal.stream.ByteTokenizer;
import org.oa.edi.internal.validation.DocumentCollector;
import org.oa.edi.internal.validation.ValidationEngine;
import org.oa.edi.stream.X12InputFactory;

/**
 * Validates X12 5010 files: envelopes (TA1), implementation-guide structure and elements for 837P, 837I and 835
 * (SNIP 1-2, 999 codes), balancing and payer-independent front-end edits (which reject single claims). 270, 271,
 * 276, 834 are envelope-checked only. Immutable and thread-safe; each call reads one input.
 *
 * <p>Settings: the {@link X12InputFactory} (segment size limit) and {@code maxProblemsPerTransaction} (default
 * {@value #DEFAULT_MAX_PROBLEMS}; further problems are counted but not kept). The input stream is read to its
 * end but not closed; an I/O failure surfaces as {@link java.io.UncheckedIOException}.
 */
public final class X12Validator {

    /** Default number of problems kept per transaction set. */
    public static final int DEFAULT_MAX_PROBLEMS = 1000;

    private static final System.Logger LOG = System.getLogger(X12Validator.class.getName());

    private static final ValidationListener NO_LISTENER = new ValidationListener() {
        @Override
        public boolean wantsDocuments() {
            return false;
        }
    };

    private final X12InputFactory factory;
    private final int maxProblems;

    private X12Validator(X12InputFactory factory, int maxProblems) {
        this.factory = factory;
        this.maxProblems = maxProblems;
    }

    /** A validator with default settings. */
    public static X12Validator newValidator() {
        return new X12Validator(X12InputFactory.newFactory(), DEFAULT_MAX_PROBLEMS);
    }

    /** A copy reading through {@code inputFactory}. */
    public X12Validator withInputFactory(X12InputFactory inputFactory) {
        return new X12Validator(Objects.requireNonNull(inputFactory, "inputFactory"), maxProblems);
    }

    /** A copy keeping at most {@code max} problems per transaction set (at least 1). */
    public X12Validator withMaxProblemsPerTransaction(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        return new X12Validator(factory, max);
    }

    /** Validates {@code input} and keeps every result in the report. */
    public ValidationReport validate(InputStream input) {
        return run(input, NO_LISTENER, true);
    }

    /**
     * Validates {@code input} in streaming mode: results go to {@code listener} as they are found, and the
     * returned report keeps interchange and group results but not transaction results, so memory stays flat.
     */
    public ValidationReport validate(InputStream input, ValidationListener listener) {
        return run(input, Objects.requireNonNull(listener, "listener"), false);
    }

    /** Reads {@code input} into typed documents (validating on the way; use {@link #validate} for the results). */
    public X12Document read(InputStream input) {
        DocumentCollector collector = new DocumentCollector();
        run(input, collector, false);
        return collector.document();
    }

    private ValidationReport run(InputStream input, ValidationListener listener, boolean retain) {
        Objects.requireNonNull(input, "input");
        // The engine checks element bytes in the tokenizer's buffer, so it reads through the tokenizer itself
        // rather than through the X12Reader interface.
        ByteTokenizer reader = new ByteTokenizer(input, factory.maxSegmentLength());
        ValidationReport report = new ValidationEngine(reader, listener, retain, maxProblems).run();
        // Counts only: never log identifiers or element values (patient data).
        LOG.log(System.Logger.Level.DEBUG, "validated {0} interchange(s): {1} claim(s) accepted, {2} rejected",
                report.interchanges().size(), report.claimsAccepted(), report.claimsRejected());
        return report;
    }
}
