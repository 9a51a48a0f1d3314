package org.oa.core.claim;

import java.util.Objects;

/**
 * The order of a {@link ClaimPage}: one column and a direction. Claims that tie on the column keep a stable order
 * (by OA's claim ID), so paging forward never shows a claim twice or skips one.
 *
 * @param column    what the claims are ordered by
 * @param ascending smallest first when true
 */
public record ClaimOrder(Column column, boolean ascending) {

    /** The newest claims first: Manage Claims' order until the user sorts. */
    public static final ClaimOrder NEWEST_FIRST = new ClaimOrder(Column.RECEIVED, false);

    /** A column claims can be ordered by. */
    public enum Column {
        /** When OA received the claim. */
        RECEIVED,
        /** The patient's last name, then first name. */
        PATIENT,
        /** The patient control number (CLM01, the practice's account number). */
        PATIENT_CONTROL_NUMBER,
        /** The payer ID. */
        PAYER,
        /** The claim's total charge. */
        CHARGE,
        /** The claim's status name. */
        STATUS
    }

    public ClaimOrder {
        Objects.requireNonNull(column, "order column");
    }
}
