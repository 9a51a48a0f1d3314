package org.oa.core.submission;

/** How a file reached the clearinghouse. */
public enum SubmissionChannel {
    /** Uploaded in the Practice Mate portal. */
    UPLOAD,
    /** Dropped into the practice's SFTP {@code inbound/} folder. */
    SFTP,
    /** Posted to the REST API. */
    API,
    /** Keyed in as a claim form (online entry); the "file" holds the keyed claims. */
    ONLINE_ENTRY
}
