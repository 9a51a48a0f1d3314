package org.oa.core.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Row of OA_CORE.FILE_SUMMARY_PROBLEM: one edit failure or reading problem of a claim in a file summary. */
@Embeddable
public class ProblemRow {

    @Column(name = "CODE", nullable = false)
    String code;

    @Column(name = "SEVERITY", nullable = false)
    String severity;

    @Column(name = "FIELD_PATH", nullable = false)
    String fieldPath;

    @Column(name = "MESSAGE", nullable = false)
    String message;

    @Column(name = "HINT", nullable = false)
    String hint;
}
