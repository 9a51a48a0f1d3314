package org.oa.security.internal.credential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.oa.security.OaSecurityException;

/** Random secrets and their SHA-256 fingerprints for storage. Thread-safe. */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    /**
     * @param bytes how many random bytes
     * @return them
     */
    public static byte[] randomBytes(int bytes) {
        byte[] out = new byte[bytes];
        RANDOM.nextBytes(out);
        return out;
    }

    /**
     * @param digits how many decimal digits
     * @return a uniformly random zero-padded number
     */
    public static String randomDigits(int digits) {
        StringBuilder out = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            out.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return out.toString();
    }

    /**
     * @param alphabet the characters to draw from (at most 256)
     * @param length   how many
     * @return uniformly random characters (rejection sampling, no modulo bias)
     */
    public static String randomString(String alphabet, int length) {
        int limit = 256 - 256 % alphabet.length();
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            for (byte b : randomBytes(length * 2)) {
                int value = b & 0xff;
                if (value < limit && out.length() < length) {
                    out.append(alphabet.charAt(value % alphabet.length()));
                }
            }
        }
        return out.toString();
    }

    /**
     * A high-entropy token for URLs and cookies: 32 random bytes, URL-safe Base64 without padding (256 bits).
     *
     * @return the token
     */
    public static String urlToken() {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    /**
     * @param parts strings to hash, separated by a zero byte
     * @return the lower-case hex SHA-256
     */
    public static String sha256(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    sha.update((byte) 0);
                }
                sha.update(parts[i].getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new OaSecurityException("SHA-256 is not available", e);
        }
    }
}
