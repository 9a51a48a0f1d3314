package org.oa.core.edit;

/** Whether a rule applies to every claim or depends on the claim's payer. */
public enum EditScope {
    /** Applies to every claim, whoever the payer (code formats, balancing, dates). */
    PAYER_INDEPENDENT,
    /** Depends on the payer (payer list, enrollment, member ID format, timely filing, a payer's own rules). */
    PAYER_SPECIFIC
}
