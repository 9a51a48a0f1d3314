package org.oa.core.remittance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the payer did with one service line (SVC loop 2110).
 *
 * @param lineControlNumber the line control number sent on the claim (REF*6R), empty when not echoed
 * @param procedureCode     the procedure adjudicated
 * @param charge            the line charge (SVC02)
 * @param paid              the amount paid (SVC03)
 * @param adjustments       line-level CAS adjustments
 * @param remarkCodes       remittance advice remark codes (RARC, LQ*HE), e.g. {@code N130}
 */
public record LinePayment(String lineControlNumber, String procedureCode, BigDecimal charge, BigDecimal paid,
                          List<Adjustment> adjustments, List<String> remarkCodes) {

    public LinePayment {
        lineControlNumber = Objects.requireNonNullElse(lineControlNumber, "");
        procedureCode = Objects.requireNonNullElse(procedureCode, "");
        charge = Amounts.cents(charge, "line payment charge");
        paid = Amounts.cents(paid, "line payment paid");
        adjustments = List.copyOf(Objects.requireNonNull(adjustments, "line payment adjustments"));
        remarkCodes = List.copyOf(Objects.requireNonNull(remarkCodes, "line payment remarkCodes"));
    }

    /** Returns true when charge − Σ adjustments = paid (835 service balancing). */
    public boolean isBalanced() {
        return charge.subtract(Amounts.sum(adjustments)).compareTo(paid) == 0;
    }
}
