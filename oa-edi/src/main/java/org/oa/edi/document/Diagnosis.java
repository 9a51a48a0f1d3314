package org.oa.edi.document;

import java.util.Objects;

/**
 * One diagnosis from an HI composite.
 *
 * @param qualifier e.g. {@code "ABK"} principal ICD-10, {@code "ABF"} other ICD-10, {@code "BK"} ICD-9
 * @param code      the code without decimal point, e.g. {@code "J020"}
 */
public record Diagnosis(String qualifier, String code) {
    public Diagnosis {
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(code, "code");
    }
}
