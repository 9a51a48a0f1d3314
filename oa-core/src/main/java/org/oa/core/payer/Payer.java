package org.oa.core.payer;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.oa.core.identifier.PayerId;

/**
 * A payer on the payer list: whom claims can be sent to, which transactions it exchanges, which of them need
 * the practice to enroll first, the member ID format it uses and how long after the date of service it
 * accepts a claim. Immutable and thread-safe.
 *
 * @param id                 payer ID
 * @param name               the payer's name as billers know it
 * @param transactions       transactions the payer supports, at least one
 * @param enrollmentRequired transactions for which a practice must be enrolled; a subset of {@code transactions}
 * @param notes              free text for billers, empty when none
 * @param memberIdFormat     the member ID format the payer uses
 * @param timelyFilingDays   days after the (first) date of service within which a claim must be filed, 1 to 3650
 */
public record Payer(PayerId id, String name, Set<TransactionType> transactions,
                    Set<TransactionType> enrollmentRequired, String notes, MemberIdFormat memberIdFormat,
                    int timelyFilingDays) {

    public Payer {
        Objects.requireNonNull(id, "payer id");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("payer name is required");
        }
        Objects.requireNonNull(transactions, "payer transactions");
        Objects.requireNonNull(enrollmentRequired, "payer enrollmentRequired");
        if (transactions.isEmpty()) {
            throw new IllegalArgumentException("payer transactions must not be empty");
        }
        transactions = Collections.unmodifiableSet(EnumSet.copyOf(transactions));
        enrollmentRequired = enrollmentRequired.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(TransactionType.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(enrollmentRequired));
        if (!transactions.containsAll(enrollmentRequired)) {
            throw new IllegalArgumentException("payer enrollmentRequired must be a subset of transactions");
        }
        notes = Objects.requireNonNullElse(notes, "");
        memberIdFormat = Objects.requireNonNullElse(memberIdFormat, MemberIdFormat.ANY);
        if (timelyFilingDays < 1 || timelyFilingDays > 3650) {
            throw new IllegalArgumentException("payer timelyFilingDays must be between 1 and 3650");
        }
    }

    /** Returns true when the payer exchanges {@code transaction}. */
    public boolean supports(TransactionType transaction) {
        return transactions.contains(transaction);
    }

    /** Returns true when a practice must be enrolled before sending {@code transaction}. */
    public boolean requiresEnrollment(TransactionType transaction) {
        return enrollmentRequired.contains(transaction);
    }
}
