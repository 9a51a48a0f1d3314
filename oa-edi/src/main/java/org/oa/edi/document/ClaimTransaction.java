package org.oa.edi.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An 837 transaction set (837P X222A1 or 837I X223A2) with its claims in file order.
 *
 * @param claimType      professional or institutional
 * @param originatorReference BHT03
 * @param created        BHT04, {@code null} when unreadable
 * @param submitter      1000A
 * @param receiver       1000B
 */
public record ClaimTransaction(TransactionHeader header, ClaimType claimType, String originatorReference,
        LocalDate created, Party submitter, Party receiver, List<Claim> claims) implements TransactionDocument {
    public ClaimTransaction {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(claimType, "claimType");
        originatorReference = originatorReference == null ? "" : originatorReference;
        claims = List.copyOf(Objects.requireNonNull(claims, "claims"));
    }
}
