package org.oa.web.infrastructure;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oa.security.OaSecurity;
import org.oa.security.audit.AuditCheckpoint;
import org.oa.web.application.audit.AuditAnchors;

/**
 * Writes the audit chain's signed checkpoints to {@code <oa.data.dir>/audit/checkpoints.log} (one line each,
 * appended, never rewritten) and to the server log, at start-up and then every {@code
 * oa.audit.checkpoint-seconds} (default 60) when the chain has grown. Someone who can write to the database but
 * not to this file and the log cannot rewrite or cut the chain unseen; entries newer than the last checkpoint are
 * protected by the chain's key alone. Keep the file with the key file, outside database backups.
 */
@ApplicationScoped
public class AuditCheckpointFile implements AuditAnchors {

    private static final Logger LOG = System.getLogger(AuditCheckpointFile.class.getName());

    @Inject
    OaSecurity security;

    @Inject
    @ConfigProperty(name = "oa.audit.checkpoint-seconds", defaultValue = "60")
    long intervalSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private long lastSequence = -1;

    /** The checkpoint file. */
    static Path file() {
        return DatabaseSettings.dataDir().resolve("audit").resolve("checkpoints.log");
    }

    /** Called by {@code Startup} once the schemas are migrated: a first checkpoint, then the schedule. */
    void start() {
        write();
        scheduler.scheduleWithFixedDelay(this::write, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    /** Appends a checkpoint of the current head, unless the chain has not grown since the last one. */
    synchronized void write() {
        try {
            AuditCheckpoint checkpoint = security.audit().checkpoint();
            if (checkpoint.sequence() == lastSequence) {
                return;
            }
            Path file = file();
            Files.createDirectories(file.getParent());
            Files.writeString(file, checkpoint.line() + "\n", StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            lastSequence = checkpoint.sequence();
            LOG.log(Level.INFO, "audit checkpoint {0}", checkpoint.line());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.ERROR, "audit checkpoint not written: " + e.getClass().getSimpleName());
        }
    }

    @Override
    public List<AuditCheckpoint> all() {
        Path file = file();
        List<AuditCheckpoint> checkpoints = new ArrayList<>();
        if (!Files.exists(file)) {
            return checkpoints;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    checkpoints.add(AuditCheckpoint.parse(line));
                } catch (IllegalArgumentException unreadable) {
                    LOG.log(Level.WARNING, "an unreadable line in the audit checkpoint file was skipped");
                }
            }
        } catch (IOException e) {
            LOG.log(Level.ERROR, "audit checkpoint file not readable: " + e.getClass().getSimpleName());
        }
        return checkpoints;
    }
}
