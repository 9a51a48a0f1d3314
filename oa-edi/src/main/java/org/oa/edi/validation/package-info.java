/**
 * Validation results as data: {@link org.oa.edi.validation.X12Validator} checks envelopes, implementation-guide
 * structure (SNIP 1-2), balancing and payer-independent front-end edits, and reports each
 * {@link org.oa.edi.validation.Problem} with its 999/TA1 code and location. Expected problems are never exceptions.
 */
package org.oa.edi.validation;
