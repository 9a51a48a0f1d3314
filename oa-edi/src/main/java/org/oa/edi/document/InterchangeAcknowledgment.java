package org.oa.edi.document;

import java.util.Objects;

/**
 * A TA1 interchange acknowledgment found in the file.
 *
 * @param controlNumber      TA101: the acknowledged ISA13
 * @param date               TA102 (YYMMDD)
 * @param time               TA103 (HHMM)
 * @param acknowledgmentCode TA104: A accepted, E accepted with errors, R rejected
 * @param noteCode           TA105, e.g. {@code "000"} no error, {@code "001"} control number mismatch
 */
public record InterchangeAcknowledgment(String controlNumber, String date, String time, String acknowledgmentCode,
        String noteCode) {
    public InterchangeAcknowledgment {
        Objects.requireNonNull(controlNumber, "controlNumber");
        date = date == null ? "" : date;
        time = time == null ? "" : time;
        acknowledgmentCode = acknowledgmentCode == null ? "" : acknowledgmentCode;
        noteCode = noteCode == null ? "" : noteCode;
    }
}
