package org.oa.core.claim;

/** The two kinds of medical claim. */
public enum ClaimType {
    /** CMS-1500, sent as an 837P. Carries a place of service. */
    PROFESSIONAL,
    /** UB-04, sent as an 837I. Carries a type of bill and revenue codes. */
    INSTITUTIONAL
}
