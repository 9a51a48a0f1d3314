package org.oa.edi.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One 2110 service payment (SVC with its CAS and LQ*HE remarks).
 *
 * @param charge      SVC02, {@code null} when unreadable
 * @param payment     SVC03, {@code null} when unreadable
 * @param remarkCodes health care remark codes (RARC) of LQ*HE segments, in file order
 * @param serviceDate the date of service (DTM*472), {@code null} when absent or unreadable
 */
public record ServicePayment(String procedureQualifier, String procedureCode, List<String> modifiers,
        BigDecimal charge, BigDecimal payment, List<Adjustment> adjustments, List<String> remarkCodes,
        LocalDate serviceDate) {
    public ServicePayment {
        procedureQualifier = procedureQualifier == null ? "" : procedureQualifier;
        procedureCode = procedureCode == null ? "" : procedureCode;
        modifiers = List.copyOf(Objects.requireNonNull(modifiers, "modifiers"));
        adjustments = List.copyOf(Objects.requireNonNull(adjustments, "adjustments"));
        remarkCodes = List.copyOf(Objects.requireNonNull(remarkCodes, "remarkCodes"));
    }

    /** A service payment without remark codes and service date. */
    public ServicePayment(String procedureQualifier, String procedureCode, List<String> modifiers,
            BigDecimal charge, BigDecimal payment, List<Adjustment> adjustments) {
        this(procedureQualifier, procedureCode, modifiers, charge, payment, adjustments, List.of(), null);
    }
}
