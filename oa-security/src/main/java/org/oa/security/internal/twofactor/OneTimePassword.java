package org.oa.security.internal.twofactor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.oa.security.OaSecurityException;

/** HOTP (RFC 4226) and TOTP (RFC 6238) code generation. Stateless and thread-safe. */
public final class OneTimePassword {

    /** The TOTP time step in seconds. */
    public static final long STEP_SECONDS = 30;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private OneTimePassword() {
    }

    /**
     * @param algorithm "HmacSHA1", "HmacSHA256" or "HmacSHA512"
     * @param key       the shared secret
     * @param counter   the moving factor
     * @param digits    6 to 8
     * @return the zero-padded code
     */
    public static String hotp(String algorithm, byte[] key, long counter, int digits) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, "RAW"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            String code = Integer.toString(binary % POWERS[digits]);
            return "0".repeat(digits - code.length()) + code;
        } catch (GeneralSecurityException e) {
            throw new OaSecurityException("HMAC is not available", e);
        }
    }

    /**
     * @param epochSeconds a Unix time
     * @return the RFC 6238 time step (T0 = 0, X = 30 s)
     */
    public static long step(long epochSeconds) {
        return Math.floorDiv(epochSeconds, STEP_SECONDS);
    }

    /**
     * @param key  the shared secret
     * @param step the time step
     * @return the 6-digit SHA-1 TOTP code authenticator apps show
     */
    public static String totp(byte[] key, long step) {
        return hotp("HmacSHA1", key, step, 6);
    }

    /**
     * Compares two codes in time independent of where they differ.
     *
     * @param expected the right code
     * @param given    the typed code
     * @return whether they are equal
     */
    public static boolean sameCode(String expected, String given) {
        return java.security.MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                given.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
