package org.oa.web.application;

import java.nio.file.Path;

/**
 * The port that tells use cases where the deployment keeps its files: submission folders ({@code files/}), the
 * practices' SFTP folders ({@code sftp/}) and payer batches ({@code payers/}) live under it. The infrastructure
 * answers with {@code oa.data.dir}. Implementations are thread-safe.
 */
@FunctionalInterface
public interface DataFolder {

    /** The folder; it need not exist yet. */
    Path path();
}
