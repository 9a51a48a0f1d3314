package org.oa.core.edit;

/** How bad an edit failure is. */
public enum Severity {
    /** The claim is rejected until it is corrected. */
    ERROR,
    /** The claim goes on, but the biller should look at it. */
    WARNING
}
