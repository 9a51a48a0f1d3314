package org.oa.core.edit;

import java.util.Objects;

/**
 * A base for rules that holds the code, severity, scope, message and hint; subclasses implement
 * {@link #check}. Codes must be upper snake case.
 */
public abstract class SimpleFrontEndEdit implements FrontEndEdit {

    private final String code;
    private final Severity severity;
    private final EditScope scope;
    private final String message;
    private final String hint;

    protected SimpleFrontEndEdit(String code, Severity severity, EditScope scope, String message, String hint) {
        Objects.requireNonNull(code, "code");
        if (code.isEmpty() || !code.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '_')) {
            throw new IllegalArgumentException("code must be upper snake case");
        }
        this.code = code;
        this.severity = Objects.requireNonNull(severity, "severity");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.message = Objects.requireNonNull(message, "message");
        this.hint = Objects.requireNonNull(hint, "hint");
    }

    @Override
    public final String code() {
        return code;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final EditScope scope() {
        return scope;
    }

    @Override
    public final String message() {
        return message;
    }

    @Override
    public final String hint() {
        return hint;
    }

    @Override
    public String toString() {
        return code;
    }
}
