package org.oa.core.internal.persistence;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Row of OA_CORE.CLAIM_STATUS_CHANGE; {@code changedAt} is UTC. */
@Embeddable
public class StatusChangeRow {

    @Column(name = "FROM_STATUS")
    String fromStatus;

    @Column(name = "TO_STATUS", nullable = false)
    String toStatus;

    @Column(name = "CHANGED_AT", nullable = false)
    LocalDateTime changedAt;

    @Column(name = "ACTOR", nullable = false)
    String actor;

    @Column(name = "REASON", nullable = false)
    String reason;
}
