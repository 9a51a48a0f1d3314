package org.oa.security.internal.twofactor;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.oa.security.OaSecurityException;
import org.oa.security.internal.credential.Secrets;

/**
 * Seals TOTP secrets for storage with AES-256-GCM when the application configured a key; without a key they are
 * stored as plain Base32 (the database must then be protected as a whole). Sealed values look like
 * {@code gcm1:<base64 of 12-byte nonce + ciphertext + tag>} and bind the account id as associated data, so a
 * sealed secret copied to another account does not open. Thread-safe.
 */
public final class SecretSealer {

    private static final String PREFIX = "gcm1:";
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;

    /** @param key 32 bytes, or {@code null} to store secrets unsealed */
    public SecretSealer(byte[] key) {
        if (key != null && key.length != 32) {
            throw new IllegalArgumentException("the TOTP key must be 32 bytes (AES-256)");
        }
        this.key = key == null ? null : new SecretKeySpec(key.clone(), "AES");
    }

    /** @return {@code true} when secrets are sealed */
    public boolean sealing() {
        return key != null;
    }

    /**
     * @param secretBase32 the secret
     * @param accountId    the owner, bound as associated data
     * @return what to store
     */
    public String seal(String secretBase32, String accountId) {
        if (key == null) {
            return secretBase32;
        }
        try {
            byte[] nonce = Secrets.randomBytes(NONCE);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(accountId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(secretBase32.getBytes(StandardCharsets.US_ASCII));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE + sealed.length).put(nonce)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new OaSecurityException("could not seal a TOTP secret", e);
        }
    }

    /**
     * @param stored    a value from {@link #seal}
     * @param accountId the owner
     * @return the Base32 secret
     */
    public String open(String stored, String accountId) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        if (key == null) {
            throw new OaSecurityException("TOTP secrets are sealed but no TOTP key is configured");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE));
            cipher.updateAAD(accountId.getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(all, NONCE, all.length - NONCE), StandardCharsets.US_ASCII);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new OaSecurityException("could not open a TOTP secret (wrong key or altered value)", e);
        }
    }
}
