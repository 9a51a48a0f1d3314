package org.oa.edi.validation;

import java.util.Objects;

/**
 * One expected problem found in X12 data, with the code an acknowledgment needs and where it was found.
 *
 * <p>{@code toString()} leaves out the claim identifier (CLM01/CLP01 may identify a patient account); the
 * message never contains element values.
 *
 * @param kind                 which acknowledgment code list {@code code} belongs to
 * @param code                 the code, e.g. {@code "8"} for IK304, {@code "5"} for IK403, {@code "001"} for TA1
 * @param severity             errors reject; warnings are reported only
 * @param fileSegmentPosition  segment number in the file, counting from 1 (0 when not tied to a segment)
 * @param segmentPosition      segment number in its transaction set counting ST as 1 (0 outside a transaction)
 * @param segmentId            segment identifier, e.g. {@code "CLM"} (empty when not tied to a segment)
 * @param loopId               implementation-guide loop, e.g. {@code "2300"} (empty when unknown or header)
 * @param elementPosition      element position within the segment (0 when the whole segment is concerned)
 * @param componentPosition    component position within the element (0 when not a component)
 * @param dataElementNumber    X12 data element reference number when known (0 otherwise), for IK4
 * @param claimId              CLM01 (or CLP01 in an 835) of the claim this problem belongs to, empty outside claims
 * @param message              plain-English explanation a biller understands, without patient data
 */
public record Problem(ProblemKind kind, String code, Severity severity, long fileSegmentPosition,
        int segmentPosition, String segmentId, String loopId, int elementPosition, int componentPosition,
        int dataElementNumber, String claimId, String message) {

    /** Whether a problem rejects what it belongs to. */
    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        segmentId = segmentId == null ? "" : segmentId;
        loopId = loopId == null ? "" : loopId;
        claimId = claimId == null ? "" : claimId;
        Objects.requireNonNull(message, "message");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        if (fileSegmentPosition < 0 || segmentPosition < 0 || elementPosition < 0 || componentPosition < 0
                || dataElementNumber < 0) {
            throw new IllegalArgumentException("positions must not be negative");
        }
    }

    /** Whether this problem is an error (as opposed to a warning). */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** A short location such as {@code "segment 12 (CLM, loop 2300), element 2"}. */
    public String location() {
        StringBuilder sb = new StringBuilder();
        if (segmentPosition > 0) {
            sb.append("segment ").append(segmentPosition).append(" of transaction (file segment ")
                    .append(fileSegmentPosition).append(')');
        } else if (fileSegmentPosition > 0) {
            sb.append("file segment ").append(fileSegmentPosition);
        } else {
            sb.append("file");
        }
        if (!segmentId.isEmpty()) {
            sb.append(' ').append(segmentId);
            if (elementPosition > 0) {
                sb.append(String.format("%02d", elementPosition));
                if (componentPosition > 0) {
                    sb.append('-').append(componentPosition);
                }
            }
        }
        if (!loopId.isEmpty()) {
            sb.append(" in loop ").append(loopId);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return kind + " " + code + " " + severity + " at " + location() + ": " + message;
    }
}
