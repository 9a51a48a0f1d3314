package org.oa.core.edit;

import java.util.Objects;
import java.util.function.BiPredicate;

import org.oa.core.claim.Claim;

/**
 * A rule a claim must pass before it is forwarded to the payer. Implementations must be stateless and
 * thread-safe: one instance checks many claims at once. A rule reports each failing field once through
 * {@link EditFailures#add(FrontEndEdit, String)} and never throws for a bad claim.
 */
public interface FrontEndEdit {

    /** A stable code in upper snake case, e.g. {@code TOTAL_CHARGE_BALANCES}. */
    String code();

    /** Whether a failure rejects the claim. */
    Severity severity();

    /** Whether the rule applies to every claim or depends on the payer. */
    EditScope scope();

    /** What is wrong when the rule fails, in plain language, without claim data. */
    String message();

    /** How to fix it. */
    String hint();

    /** Checks {@code claim} and adds a failure for each field that breaks the rule. */
    void check(Claim claim, EditContext context, EditFailures failures);

    /**
     * Returns a simple rule that blames one field: it fails when {@code passes} returns false. Meant for a
     * payer's own rules, e.g. "Greenleaf requires a group number".
     */
    static FrontEndEdit of(String code, Severity severity, EditScope scope, String fieldPath, String message,
                           String hint, BiPredicate<Claim, EditContext> passes) {
        Objects.requireNonNull(fieldPath, "fieldPath");
        Objects.requireNonNull(passes, "passes");
        return new SimpleFrontEndEdit(code, severity, scope, message, hint) {
            @Override
            public void check(Claim claim, EditContext context, EditFailures failures) {
                if (!passes.test(claim, context)) {
                    failures.add(this, fieldPath);
                }
            }
        };
    }
}
