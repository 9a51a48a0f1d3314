package org.oa.core.patient;

import java.util.List;
import java.util.Objects;

/**
 * One page of a {@link PatientSearch}'s answer: the patients on it and how many match in all. Immutable.
 *
 * @param patients the patients of this page, in the search's order
 * @param total    how many patients of the practice match the search
 * @param offset   the search's offset
 * @param limit    the search's page size
 */
public record PatientPage(List<PatientRecord> patients, long total, int offset, int limit) {

    public PatientPage {
        patients = List.copyOf(Objects.requireNonNull(patients, "page patients"));
        if (total < 0 || offset < 0 || limit < 1) {
            throw new IllegalArgumentException("page total and offset must not be negative, limit must be positive");
        }
    }

    /** Whether more matching patients follow this page. */
    public boolean hasNext() {
        return offset + (long) patients.size() < total;
    }

    @Override
    public String toString() {
        return "PatientPage[patients=" + patients.size() + ", total=" + total + ", offset=" + offset + "]";
    }
}
