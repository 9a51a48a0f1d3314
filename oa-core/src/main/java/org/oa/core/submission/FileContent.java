package org.oa.core.submission;

import java.util.List;
import java.util.Objects;

import org.oa.core.claim.Claim;

/** What reading a submission file produced: its claims, or the reason it could not be read. */
public sealed interface FileContent {

    /** The file was read. @param claims the claims in it, in file order */
    record Readable(List<Claim> claims) implements FileContent {
        public Readable {
            claims = List.copyOf(Objects.requireNonNull(claims, "readable claims"));
        }
    }

    /** The file could not be read at all, e.g. a broken ISA envelope. @param reason why, without PHI */
    record Unreadable(String reason) implements FileContent {
        public Unreadable {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("unreadable reason is required");
            }
        }
    }
}
