package org.oa.security.recovery;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A remembered device as the account's device list shows it.
 *
 * @param id         identifies the entry for {@link RememberedDevices#revoke}
 * @param label      the description given when it was remembered
 * @param createdAt  when it was remembered
 * @param expiresAt  when it stops being remembered
 * @param lastUsedAt when it last skipped the second factor, or {@code null}
 */
public record RememberedDevice(UUID id, String label, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

    /** Validates the fields. */
    public RememberedDevice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
