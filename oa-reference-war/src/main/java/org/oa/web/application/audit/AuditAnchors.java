package org.oa.web.application.audit;

import java.util.List;

import org.oa.security.audit.AuditCheckpoint;

/**
 * Where the audit chain's signed checkpoints are kept, outside the database (see the infrastructure's checkpoint
 * file): verification compares the trail with them.
 */
public interface AuditAnchors {

    /** Every checkpoint kept so far; lines that cannot be read are left out and logged. */
    List<AuditCheckpoint> all();
}
