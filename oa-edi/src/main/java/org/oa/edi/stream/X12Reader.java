package org.oa.edi.stream;

import java.io.Closeable;
import org.oa.edi.validation.Problem;

/**
 * Pull reader over an X12 byte stream, one segment per event. Element and component positions are 1-based as in
 * the implementation guides ({@code element(1)} of {@code CLM*A1*100~} is {@code "A1"}); absent elements read as
 * the empty string. Not thread-safe; memory is bounded by the largest allowed segment, not by the input size.
 */
public interface X12Reader extends Closeable {

    /** Whether another event is available; false at the end of input. Never throws for bad data. */
    boolean hasNext();

    /**
     * Advances to the next event.
     *
     * @throws java.util.NoSuchElementException when {@link #hasNext()} is false
     * @throws java.io.UncheckedIOException     when the underlying stream fails
     */
    X12Event next();

    /** The current event, or {@code null} before the first call to {@link #next()}. */
    X12Event event();

    /** The current segment identifier, e.g. {@code "NM1"}. */
    String segmentId();

    /** Number of elements after the segment identifier, including empty ones before the last non-terminator. */
    int elementCount();

    /** Element at {@code position} (1-based) as text including any component separators; empty when absent. */
    String element(int position);

    /**
     * The element at {@code position} as a view over the reader's buffer, without copying: valid only until the
     * next call to {@link #next()} or {@link #elementView(int)}; call {@code toString()} to keep it.
     */
    CharSequence elementView(int position);

    /** Whether the element at {@code position} is absent or empty. */
    boolean isEmpty(int position);

    /** Number of components of an element (1 for a simple element, 0 when empty). */
    int componentCount(int position);

    /** Component {@code component} (1-based) of element {@code position}; empty when absent. */
    String component(int position, int component);

    /** Segment number in the file, counting every segment from 1 (interchanges included). */
    long segmentPosition();

    /** Segment number within the current transaction set counting ST as 1; 0 outside a transaction set. */
    int transactionSegmentPosition();

    /** Byte offset of the current segment from the start of the input. */
    long byteOffset();

    /** Delimiters of the current interchange ({@link Delimiters#DEFAULT} before the first ISA). */
    Delimiters delimiters();

    /** The problem for a {@link X12Event#PROBLEM} event, otherwise {@code null}. */
    Problem problem();

    /** Whether the input was recognised as X12 (false when the first bytes are not an ISA header). */
    boolean isX12();
}
