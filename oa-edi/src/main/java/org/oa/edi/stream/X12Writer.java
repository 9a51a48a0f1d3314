package org.oa.edi.stream;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Writes X12 segments with the given delimiters and keeps envelope counts: {@link #endTransaction()} writes SE
 * with the number of segments since ST, {@link #endGroup()} GE with the number of transaction sets and
 * {@link #endInterchange()} IEA with the number of groups, each echoing the header's control number.
 *
 * <p>Element values must not contain the element separator or segment terminator (an
 * {@link IllegalArgumentException} says so: that is a programming error, not a data problem). Not thread-safe.
 */
public final class X12Writer implements Closeable, Flushable {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final OutputStream out;
    private final Delimiters delimiters;
    private final byte[] suffix;
    private final StringBuilder line = new StringBuilder(256);
    private int transactionSegments;
    private int transactionsInGroup;
    private int groupsInInterchange;
    private String interchangeControl = "";
    private String groupControl = "";
    private String transactionControl = "";

    private X12Writer(OutputStream out, Delimiters delimiters, boolean newLineAfterSegment) {
        this.out = Objects.requireNonNull(out, "out");
        this.delimiters = Objects.requireNonNull(delimiters, "delimiters");
        this.suffix = newLineAfterSegment && delimiters.segment() != '\n' ? new byte[] {'\n'} : new byte[0];
    }

    /**
     * A writer to {@code out}.
     *
     * @param newLineAfterSegment whether to write a line feed after each terminator (for humans; ignored by readers)
     */
    public static X12Writer create(OutputStream out, Delimiters delimiters, boolean newLineAfterSegment) {
        return new X12Writer(out, delimiters, newLineAfterSegment);
    }

    /** The delimiters this writer uses. */
    public Delimiters delimiters() {
        return delimiters;
    }

    /** Writes one segment as given (no envelope logic other than counting). */
    public X12Writer segment(String id, String... elements) {
        return segment(id, List.of(elements));
    }

    /** Writes one segment as given (no envelope logic other than counting). */
    public X12Writer segment(String id, List<String> elements) {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty() || id.length() > 3) {
            throw new IllegalArgumentException("segment id must have 1 to 3 characters");
        }
        line.setLength(0);
        line.append(id);
        for (String e : elements) {
            String value = e == null ? "" : e;
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == delimiters.element() || c == delimiters.segment()) {
                    throw new IllegalArgumentException("element of " + id + " contains a delimiter");
                }
            }
            line.append(delimiters.element()).append(value);
        }
        line.append(delimiters.segment());
        switch (id) {
            case "ST" -> transactionSegments = 1;
            case "SE" -> {
                transactionSegments++;
                transactionsInGroup++;
            }
            case "GS" -> transactionsInGroup = 0;
            case "GE" -> groupsInInterchange++;
            case "ISA" -> groupsInInterchange = 0;
            default -> transactionSegments++;
        }
        try {
            out.write(line.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(suffix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write X12 output", e);
        }
        return this;
    }

    /**
     * Writes an ISA header with fixed-width fields (padded with blanks, control number zero-padded to 9 digits).
     *
     * @param controlNumber ISA13, 1 to 999999999
     */
    public X12Writer startInterchange(String senderQualifier, String senderId, String receiverQualifier,
            String receiverId, LocalDateTime when, long controlNumber, boolean acknowledgmentRequested,
            boolean production) {
        if (controlNumber < 1 || controlNumber > 999_999_999L) {
            throw new IllegalArgumentException("controlNumber must be 1..999999999");
        }
        interchangeControl = String.format("%09d", controlNumber);
        return segment("ISA", "00", pad("", 10), "00", pad("", 10), pad(senderQualifier, 2), pad(senderId, 15),
                pad(receiverQualifier, 2), pad(receiverId, 15), when.format(YYMMDD), when.format(HHMM),
                String.valueOf(delimiters.repetition() == '\0' ? 'U' : delimiters.repetition()), "00501",
                interchangeControl, acknowledgmentRequested ? "1" : "0", production ? "P" : "T",
                String.valueOf(delimiters.component()));
    }

    /** Writes IEA with the number of groups written since the ISA. */
    public X12Writer endInterchange() {
        return segment("IEA", String.valueOf(groupsInInterchange), interchangeControl);
    }

    /** Writes a GS header (GS07 {@code X}). */
    public X12Writer startGroup(String functionalId, String senderCode, String receiverCode, LocalDateTime when,
            long controlNumber, String version) {
        if (controlNumber < 1 || controlNumber > 999_999_999L) {
            throw new IllegalArgumentException("controlNumber must be 1..999999999");
        }
        groupControl = String.valueOf(controlNumber);
        return segment("GS", functionalId, senderCode, receiverCode, when.format(CCYYMMDD), when.format(HHMM),
                groupControl, "X", version);
    }

    /** Writes GE with the number of transaction sets written since the GS. */
    public X12Writer endGroup() {
        return segment("GE", String.valueOf(transactionsInGroup), groupControl);
    }

    /** Writes an ST header; {@code implementationReference} may be empty (then ST03 is omitted). */
    public X12Writer startTransaction(String transactionSetId, String controlNumber, String implementationReference) {
        if (controlNumber.length() < 4 || controlNumber.length() > 9) {
            throw new IllegalArgumentException("controlNumber must have 4 to 9 characters");
        }
        transactionControl = controlNumber;
        return implementationReference.isEmpty() ? segment("ST", transactionSetId, controlNumber)
                : segment("ST", transactionSetId, controlNumber, implementationReference);
    }

    /** Writes SE with the number of segments from ST to SE inclusive. */
    public X12Writer endTransaction() {
        return segment("SE", String.valueOf(transactionSegments + 1), transactionControl);
    }

    private static String pad(String value, int width) {
        String v = value == null ? "" : value;
        if (v.length() > width) {
            throw new IllegalArgumentException("ISA field longer than " + width);
        }
        return v + " ".repeat(width - v.length());
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write X12 output", e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
