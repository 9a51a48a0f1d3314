package org.oa.core.internal.persistence;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of OA_CORE.SUBMISSION_FILE; {@code receivedAt} is UTC. */
@Entity
@Table(name = "SUBMISSION_FILE", schema = "OA_CORE")
public class SubmissionFileEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "PRACTICE_ID", nullable = false, length = 36)
    String practiceId;

    @Column(name = "FILE_NAME", nullable = false)
    String fileName;

    @Column(name = "CHANNEL", nullable = false)
    String channel;

    @Column(name = "RECEIVED_AT", nullable = false)
    LocalDateTime receivedAt;

    @Column(name = "SIZE_BYTES", nullable = false)
    long sizeBytes;

    @Column(name = "STATUS", nullable = false)
    String status;

    @Column(name = "FAILURE_REASON", nullable = false)
    String failureReason;
}
