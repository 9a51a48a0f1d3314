package org.oa.core.payer;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.oa.core.identifier.PayerId;

/**
 * A practice's enrollments, looked up by payer and transaction; front-end edits ask it whether a claim may be
 * sent. Implementations must be thread-safe when shared between edit runs.
 */
@FunctionalInterface
public interface Enrollments {

    /** Returns the enrollment status of the practice with this payer for this transaction, or null if none. */
    EnrollmentStatus status(PayerId payer, TransactionType transaction);

    /** Returns an immutable lookup over these enrollments (of one practice); a later entry wins. */
    static Enrollments of(Collection<Enrollment> enrollments) {
        Map<PayerId, Map<TransactionType, EnrollmentStatus>> map = new HashMap<>();
        for (Enrollment e : enrollments) {
            map.computeIfAbsent(e.payerId(), k -> new EnumMap<>(TransactionType.class))
                    .put(e.transaction(), e.status());
        }
        return (payer, transaction) -> {
            Map<TransactionType, EnrollmentStatus> perPayer = map.get(payer);
            return perPayer == null ? null : perPayer.get(transaction);
        };
    }

    /** Returns a lookup in which the practice is enrolled nowhere. */
    static Enrollments none() {
        return (payer, transaction) -> null;
    }
}
