/**
 * The claim as submitted: {@link org.oa.core.claim.Claim} (professional CMS-1500 / 837P or institutional
 * UB-04 / 837I), its {@link org.oa.core.claim.ServiceLine}s and {@link org.oa.core.claim.Diagnosis} codes.
 * Records here check structure only (required parts, money scale); formats and business rules are front-end
 * edits in {@code org.oa.core.edit}, so a bad value becomes an edit failure with a field path.
 */
package org.oa.core.claim;
