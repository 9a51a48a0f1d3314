package org.oa.edi.claims;

import java.util.Objects;

/**
 * Why a typed 837 claim could not be mapped to an OA core claim (an error: the claim is not mapped), or what the
 * core model does not keep (a warning: the claim is mapped without it). The message never contains element values.
 *
 * @param code                upper snake case, e.g. {@code TOTAL_CHARGE_MISSING}
 * @param severity            error (claim not mapped) or warning
 * @param loopId              implementation-guide loop of the data concerned, e.g. {@code "2010BB"}
 * @param segmentId           segment of the data concerned, e.g. {@code "NM1"}
 * @param elementPosition     element within that segment (0 for the whole segment)
 * @param lineNumber          LX01 of the service line concerned, 0 for claim-level data
 * @param fileSegmentPosition file position of the CLM (or, for a line, the LX) segment, counting from 1
 * @param segmentPosition     position of that CLM or LX segment in its transaction set, ST = 1
 * @param message             plain-English explanation without patient data
 */
public record MappingProblem(String code, Severity severity, String loopId, String segmentId, int elementPosition,
        int lineNumber, long fileSegmentPosition, int segmentPosition, String message) {

    /** Whether the claim could not be mapped or only lost some data. */
    public enum Severity { ERROR, WARNING }

    public MappingProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        loopId = loopId == null ? "" : loopId;
        segmentId = segmentId == null ? "" : segmentId;
        Objects.requireNonNull(message, "message");
        if (elementPosition < 0 || lineNumber < 0 || fileSegmentPosition < 0 || segmentPosition < 0) {
            throw new IllegalArgumentException("positions must not be negative");
        }
    }

    /** Whether the claim could not be mapped. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** A short location such as {@code "NM109 in loop 2010BB of the claim at segment 17 (file segment 19)"}. */
    public String location() {
        StringBuilder sb = new StringBuilder();
        sb.append(segmentId);
        if (elementPosition > 0) {
            sb.append(String.format("%02d", elementPosition));
        }
        if (!loopId.isEmpty()) {
            sb.append(sb.length() > 0 ? " in loop " : "loop ").append(loopId);
        }
        sb.append(lineNumber > 0 ? " of service line " + lineNumber + " at segment " : " of the claim at segment ")
                .append(segmentPosition).append(" (file segment ").append(fileSegmentPosition).append(')');
        return sb.toString();
    }
}
