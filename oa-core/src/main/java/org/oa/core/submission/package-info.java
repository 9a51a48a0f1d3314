/**
 * Submission files and what happens to them: a {@link org.oa.core.submission.SubmissionFile} (uploaded, sent by
 * SFTP or the API), {@link org.oa.core.submission.ClaimIntake}, which runs the front-end edits on the file's
 * claims and starts their lifecycles, and the {@link org.oa.core.submission.FileSummaryReport}. Reading X12 is
 * not done here but in {@code oa-edi}; this package receives its outcome.
 */
package org.oa.core.submission;
