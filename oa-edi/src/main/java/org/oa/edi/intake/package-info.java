/**
 * Intake of 837P/837I claim files in one call: read and validate (this engine), map to OA core claims, run the
 * front-end edits ({@link org.oa.core.submission.ClaimIntake}) and write the 999, TA1 and 277CA that agree with
 * the file summary. Storing the result is the caller's business, in one transaction per file.
 */
package org.oa.edi.intake;
