package org.oa.edi.validation;

import java.util.Objects;
import org.oa.edi.stream.Delimiters;

/**
 * The ISA header of an interchange (trimmed values).
 *
 * @param senderQualifier   ISA05
 * @param senderId          ISA06
 * @param receiverQualifier ISA07
 * @param receiverId        ISA08
 * @param date              ISA09 (YYMMDD)
 * @param time              ISA10 (HHMM)
 * @param version           ISA12, e.g. {@code "00501"}
 * @param controlNumber     ISA13
 * @param production        ISA15 is {@code P}
 * @param delimiters        the delimiters found in the header
 */
public record InterchangeHeader(String senderQualifier, String senderId, String receiverQualifier,
        String receiverId, String date, String time, String version, String controlNumber, boolean production,
        Delimiters delimiters) {
    public InterchangeHeader {
        Objects.requireNonNull(senderQualifier, "senderQualifier");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(receiverQualifier, "receiverQualifier");
        Objects.requireNonNull(receiverId, "receiverId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(delimiters, "delimiters");
    }
}
