package org.oa.core.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects the failures of one edit run; rules call {@link #add(FrontEndEdit, String)}. Not thread-safe: one
 * per claim and run.
 */
public final class EditFailures {

    private ArrayList<EditFailure> failures;

    /** Creates an empty collector. */
    public EditFailures() {
        // Lazily allocates: most claims pass every rule.
    }

    /** Reports that {@code edit} failed on the field at {@code fieldPath}. */
    public void add(FrontEndEdit edit, String fieldPath) {
        if (failures == null) {
            failures = new ArrayList<>(4);
        }
        failures.add(new EditFailure(edit.code(), edit.severity(), fieldPath, edit.message(), edit.hint()));
    }

    /** Returns true when nothing has been reported. */
    public boolean isEmpty() {
        return failures == null || failures.isEmpty();
    }

    /** Returns an immutable list of what has been reported, in order. */
    public List<EditFailure> toList() {
        return failures == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(failures));
    }
}
