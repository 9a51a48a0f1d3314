package org.oa.edi.stream;

import java.io.InputStream;
import java.util.Objects;
import org.oa.edi.internal.stream.ByteTokenizer;

/**
 * Creates {@link X12Reader}s. Immutable and thread-safe.
 *
 * <p>Settings: {@code maxSegmentLength} (default {@value #DEFAULT_MAX_SEGMENT_LENGTH} bytes) is the largest
 * segment kept; longer segments are skipped and reported as a problem, so memory stays bounded.
 */
public final class X12InputFactory {

    /** Default largest segment in bytes: 1 MiB. */
    public static final int DEFAULT_MAX_SEGMENT_LENGTH = 1 << 20;

    private final int maxSegmentLength;

    private X12InputFactory(int maxSegmentLength) {
        this.maxSegmentLength = maxSegmentLength;
    }

    /** A factory with default settings. */
    public static X12InputFactory newFactory() {
        return new X12InputFactory(DEFAULT_MAX_SEGMENT_LENGTH);
    }

    /** A copy of this factory with another largest segment length (at least 128 bytes). */
    public X12InputFactory withMaxSegmentLength(int bytes) {
        if (bytes < 128) {
            throw new IllegalArgumentException("maxSegmentLength must be at least 128 bytes");
        }
        return new X12InputFactory(bytes);
    }

    /** The largest segment length in bytes. */
    public int maxSegmentLength() {
        return maxSegmentLength;
    }

    /** A reader over {@code input}; closing the reader closes the stream. */
    public X12Reader createReader(InputStream input) {
        Objects.requireNonNull(input, "input");
        return new ByteTokenizer(input, maxSegmentLength);
    }
}
