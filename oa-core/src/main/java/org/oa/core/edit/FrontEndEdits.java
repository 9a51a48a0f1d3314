package org.oa.core.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.oa.core.claim.Claim;
import org.oa.core.identifier.PayerId;
import org.oa.core.internal.edit.StandardRules;

/**
 * Runs front-end edits on claims: the built-in rules for every claim, then the rules a payer added for its own
 * claims. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * FrontEndEdits edits = FrontEndEdits.standard();
 * List<EditFailure> failures = edits.run(claim, new EditContext(clock, payers, enrollments, history));
 * boolean rejected = FrontEndEdits.rejects(failures);
 * }</pre>
 */
public final class FrontEndEdits {

    private static final FrontEndEdit[] NONE = new FrontEndEdit[0];
    private static final FrontEndEdits STANDARD = new FrontEndEdits(StandardRules.all(), Map.of());

    private final FrontEndEdit[] rules;
    private final Map<PayerId, FrontEndEdit[]> payerRules;

    private FrontEndEdits(List<FrontEndEdit> rules, Map<PayerId, FrontEndEdit[]> payerRules) {
        this.rules = rules.toArray(NONE);
        this.payerRules = Map.copyOf(payerRules);
    }

    /** Returns the engine with the built-in rules and no payer's own rules. */
    public static FrontEndEdits standard() {
        return STANDARD;
    }

    /** Returns the built-in rules: payer-independent ones first, then payer-specific ones. */
    public static List<FrontEndEdit> standardRules() {
        return StandardRules.all();
    }

    /**
     * Returns an engine that also runs {@code extra} on claims for {@code payer}, after the built-in rules.
     * Codes must not clash with a built-in rule's code.
     */
    public FrontEndEdits withPayerRules(PayerId payer, List<FrontEndEdit> extra) {
        Objects.requireNonNull(payer, "payer");
        for (FrontEndEdit e : extra) {
            for (FrontEndEdit r : rules) {
                if (r.code().equals(e.code())) {
                    throw new IllegalArgumentException("payer rule code clashes with built-in rule " + r.code());
                }
            }
        }
        Map<PayerId, FrontEndEdit[]> map = new HashMap<>(payerRules);
        List<FrontEndEdit> combined = new ArrayList<>(List.of(map.getOrDefault(payer, NONE)));
        combined.addAll(extra);
        map.put(payer, combined.toArray(NONE));
        return new FrontEndEdits(List.of(rules), map);
    }

    /** Returns every rule that runs on claims for {@code payer}, in order. */
    public List<FrontEndEdit> rulesFor(PayerId payer) {
        List<FrontEndEdit> all = new ArrayList<>(List.of(rules));
        all.addAll(List.of(payerRules.getOrDefault(payer, NONE)));
        return List.copyOf(all);
    }

    /**
     * Runs every rule on {@code claim} and returns the failures, in rule order, as an immutable list (empty when
     * the claim passes).
     */
    public List<EditFailure> run(Claim claim, EditContext context) {
        EditFailures failures = new EditFailures();
        for (FrontEndEdit rule : rules) {
            rule.check(claim, context, failures);
        }
        if (!payerRules.isEmpty()) {
            FrontEndEdit[] extra = payerRules.get(claim.payerId());
            if (extra != null) {
                for (FrontEndEdit rule : extra) {
                    rule.check(claim, context, failures);
                }
            }
        }
        return failures.toList();
    }

    /** Returns true when {@code failures} contain an error, i.e. the claim is rejected. */
    public static boolean rejects(List<EditFailure> failures) {
        for (int i = 0; i < failures.size(); i++) {
            if (failures.get(i).severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }
}
