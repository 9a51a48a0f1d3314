package org.oa.core.edit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.oa.core.payer.Enrollments;
import org.oa.core.payer.PayerList;

/**
 * What front-end edits need besides the claim: today's date (from a clock, so tests can fix it), the payer
 * list, the practice's enrollments and its claim history. Immutable; thread-safe when its parts are.
 *
 * @param clock        the clock giving today's date
 * @param payers       the payer list
 * @param enrollments  the practice's enrollments
 * @param claimHistory the practice's earlier claims, for the duplicate-claim edit
 */
public record EditContext(Clock clock, PayerList payers, Enrollments enrollments, ClaimHistory claimHistory) {

    public EditContext {
        Objects.requireNonNull(clock, "edit context clock");
        Objects.requireNonNull(payers, "edit context payers");
        Objects.requireNonNull(enrollments, "edit context enrollments");
        Objects.requireNonNull(claimHistory, "edit context claimHistory");
    }

    /** Today's date in the clock's zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
