/**
 * The bridge between 837 files and OA core's claims domain: {@link org.oa.edi.claims.ClaimMapping} turns typed
 * 837P/837I claims ({@code org.oa.edi.document}) into {@link org.oa.core.claim.Claim}s, reporting a claim it cannot
 * map as a {@link org.oa.edi.claims.MappingProblem} with a code and location, and
 * {@link org.oa.edi.claims.ClaimFileWriter} writes core claims as new 837 interchanges. No persistence and no
 * business rules here: front-end edits stay in {@code org.oa.core.edit}.
 */
package org.oa.edi.claims;
