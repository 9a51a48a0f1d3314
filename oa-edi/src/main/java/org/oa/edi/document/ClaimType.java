package org.oa.edi.document;

/** Professional (CMS-1500, 837P X222A1) or institutional (UB-04, 837I X223A2) claims. */
public enum ClaimType { PROFESSIONAL, INSTITUTIONAL }
