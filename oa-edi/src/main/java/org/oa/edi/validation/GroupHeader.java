package org.oa.edi.validation;

import java.util.Objects;

/**
 * The GS header of a functional group.
 *
 * @param functionalId  GS01, e.g. {@code "HC"} for 837
 * @param senderCode    GS02
 * @param receiverCode  GS03
 * @param controlNumber GS06
 * @param version       GS08, e.g. {@code "005010X222A1"}
 */
public record GroupHeader(String functionalId, String senderCode, String receiverCode, String controlNumber,
        String version) {
    public GroupHeader {
        Objects.requireNonNull(functionalId, "functionalId");
        Objects.requireNonNull(senderCode, "senderCode");
        Objects.requireNonNull(receiverCode, "receiverCode");
        Objects.requireNonNull(controlNumber, "controlNumber");
        Objects.requireNonNull(version, "version");
    }
}
