package org.oa.core.claim;

import java.util.List;
import java.util.Objects;

/**
 * One page of the claims that match a {@link ClaimSearch}, and how many match in all. Immutable; {@code toString()}
 * gives counts only.
 *
 * @param claims the claims on this page, in the requested {@link ClaimOrder}
 * @param total  how many claims of the practice match the search
 * @param offset how many matching claims come before this page
 * @param limit  the page size asked for
 */
public record ClaimPage(List<StoredClaim> claims, long total, int offset, int limit) {

    public ClaimPage {
        claims = List.copyOf(Objects.requireNonNull(claims, "page claims"));
        if (total < 0 || offset < 0 || limit < 1) {
            throw new IllegalArgumentException("page total and offset must not be negative, limit must be positive");
        }
    }

    /** Whether more matching claims follow this page. */
    public boolean hasNext() {
        return offset + (long) claims.size() < total;
    }

    @Override
    public String toString() {
        return "ClaimPage[claims=" + claims.size() + ", total=" + total + ", offset=" + offset + "]";
    }
}
