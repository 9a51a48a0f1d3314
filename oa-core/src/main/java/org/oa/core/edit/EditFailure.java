package org.oa.core.edit;

import java.util.Objects;

/**
 * One failed front-end edit on one field of a claim. Carries no claim data, so it may be logged and shown in
 * reports. Field paths use 0-based list indexes, e.g. {@code claim.serviceLines[2].units} is the third line.
 *
 * @param code      the rule's code, e.g. {@code UNITS_POSITIVE}
 * @param severity  error (claim rejected) or warning
 * @param fieldPath the path of the field blamed
 * @param message   what is wrong, in plain language
 * @param hint      how to fix it
 */
public record EditFailure(String code, Severity severity, String fieldPath, String message, String hint) {

    public EditFailure {
        Objects.requireNonNull(code, "edit failure code");
        Objects.requireNonNull(severity, "edit failure severity");
        Objects.requireNonNull(fieldPath, "edit failure fieldPath");
        Objects.requireNonNull(message, "edit failure message");
        Objects.requireNonNull(hint, "edit failure hint");
    }

    /** Returns true when this failure rejects the claim. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
