package org.oa.core.claim;

import java.util.Objects;

/**
 * A diagnosis code on a claim, as submitted: ICD-10-CM without the decimal point (e.g. {@code E119}). Its
 * 1-based position in {@link Claim#diagnoses()} is what service-line diagnosis pointers refer to; the first is
 * the principal diagnosis.
 *
 * @param code the code as submitted
 */
public record Diagnosis(String code) {

    public Diagnosis {
        Objects.requireNonNull(code, "diagnosis code");
    }

    /** Shorthand for the constructor. */
    public static Diagnosis of(String code) {
        return new Diagnosis(code);
    }
}
