package org.oa.security.twofactor;

import java.util.Objects;

/**
 * What the enrolment page shows once. {@code toString()} omits the secret.
 *
 * @param secretBase32 the shared secret for manual entry (Base32, 32 characters = 160 bits)
 * @param otpauthUri   the {@code otpauth://totp/...} URI the QR code holds
 * @param qrPng        a PNG image of the QR code
 */
public record TotpEnrollment(String secretBase32, String otpauthUri, byte[] qrPng) {

    /** Validates and copies the fields. */
    public TotpEnrollment {
        Objects.requireNonNull(secretBase32, "secretBase32");
        Objects.requireNonNull(otpauthUri, "otpauthUri");
        qrPng = Objects.requireNonNull(qrPng, "qrPng").clone();
    }

    /** @return a copy of the PNG bytes */
    @Override
    public byte[] qrPng() {
        return qrPng.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TotpEnrollment that && secretBase32.equals(that.secretBase32)
                && otpauthUri.equals(that.otpauthUri) && java.util.Arrays.equals(qrPng, that.qrPng);
    }

    @Override
    public int hashCode() {
        return Objects.hash(secretBase32, otpauthUri);
    }

    @Override
    public String toString() {
        return "TotpEnrollment[qrPng=" + qrPng.length + " bytes]";
    }
}
