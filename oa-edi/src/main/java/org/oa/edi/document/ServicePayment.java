package org.oa.edi.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One 2110 service payment (SVC with its CAS).
 *
 * @param charge  SVC02, {@code null} when unreadable
 * @param payment SVC03, {@code null} when unreadable
 */
public record ServicePayment(String procedureQualifier, String procedureCode, List<String> modifiers,
        BigDecimal charge, BigDecimal payment, List<Adjustment> adjustments) {
    public ServicePayment {
        procedureQualifier = procedureQualifier == null ? "" : procedureQualifier;
        procedureCode = procedureCode == null ? "" : procedureCode;
        modifiers = List.copyOf(Objects.requireNonNull(modifiers, "modifiers"));
        adjustments = List.copyOf(Objects.requireNonNull(adjustments, "adjustments"));
    }
}
