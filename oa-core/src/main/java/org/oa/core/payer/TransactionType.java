package org.oa.core.payer;

import java.util.Optional;

/** The X12 transactions a payer may exchange with the clearinghouse. */
public enum TransactionType {
    /** 837P professional claim (CMS-1500). */
    CLAIM_837P("837P"),
    /** 837I institutional claim (UB-04). */
    CLAIM_837I("837I"),
    /** 835 electronic remittance advice. */
    REMITTANCE_835("835"),
    /** 270/271 eligibility inquiry and response. */
    ELIGIBILITY_270_271("270/271"),
    /** 276/277 claim status inquiry and response. */
    CLAIM_STATUS_276_277("276/277");

    private final String label;

    TransactionType(String label) {
        this.label = label;
    }

    /** The name billers use, e.g. {@code 837P} or {@code 270/271}. */
    public String label() {
        return label;
    }

    /** Returns the transaction with this label ({@code 270} and {@code 271} alone are accepted too). */
    public static Optional<TransactionType> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = label.strip();
        for (TransactionType t : values()) {
            if (t.label.equalsIgnoreCase(l)) {
                return Optional.of(t);
            }
        }
        return switch (l) {
            case "270", "271" -> Optional.of(ELIGIBILITY_270_271);
            case "276", "277" -> Optional.of(CLAIM_STATUS_276_277);
            default -> Optional.empty();
        };
    }
}
