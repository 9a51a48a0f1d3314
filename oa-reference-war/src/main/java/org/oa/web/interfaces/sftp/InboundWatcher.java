package org.oa.web.interfaces.sftp;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oa.core.practice.PracticeId;
import org.oa.web.application.clearinghouse.ClaimSubmissions;
import org.oa.web.application.folders.SubmissionFolders;

/**
 * Processes files that appear in any practice's SFTP {@code inbound/} folder, one at a time. A file is taken when
 * the SFTP server reports it closed after writing, or, for files put there by other means, when its size and
 * time are unchanged over one poll ({@code oa.sftp.poll-millis}, default 2000); a file still open for writing
 * is never taken. Hidden files (leading dot) are left alone. At start, work a stop interrupted is finished first.
 */
@ApplicationScoped
public class InboundWatcher {

    private static final Logger LOG = System.getLogger(InboundWatcher.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ClaimSubmissions submissions;

    @Inject
    SubmissionFolders folders;

    @Inject
    @ConfigProperty(name = "oa.sftp.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "oa.sftp.poll-millis", defaultValue = "2000")
    long pollMillis;

    private final Set<Path> writing = ConcurrentHashMap.newKeySet();
    private final Set<Path> closedAfterWriting = ConcurrentHashMap.newKeySet();
    /** Size and modification time of each unsettled file at the previous scan; scans run on one thread. */
    private final Map<Path, String> previous = new HashMap<>();
    private ScheduledFuture<?> task;

    /** Starts after the schemas are migrated and the SFTP server is up. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 2000) @Initialized(ApplicationScoped.class)
            Object event) {
        start();
    }

    void onStop(@Observes @Destroyed(ApplicationScoped.class) Object event) {
        stop();
    }

    synchronized void start() {
        if (!enabled || task != null) {
            return;
        }
        scheduler.execute(this::recover);
        task = scheduler.scheduleWithFixedDelay(this::scan, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    /** The SFTP server opened {@code file} (a real path) for writing. */
    void writeStarted(Path file) {
        writing.add(file.toAbsolutePath().normalize());
    }

    /** The SFTP server refused {@code file} (too large) and deleted it: it is not taken. */
    void writeAbandoned(Path file) {
        writing.remove(file.toAbsolutePath().normalize());
    }

    /** The SFTP server closed {@code file} after writing: it is taken at the next scan, which starts now. */
    void writeFinished(Path file) {
        Path p = file.toAbsolutePath().normalize();
        writing.remove(p);
        closedAfterWriting.add(p);
        scheduler.execute(this::scan);
    }

    private synchronized void recover() {
        try {
            int worked = submissions.recover();
            if (worked > 0) {
                LOG.log(Level.INFO, "Finished {0} submission file(s) a previous stop interrupted", worked);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Recovering submission files failed: " + e);
        }
    }

    /** Takes every settled file of every practice's inbound folder. */
    synchronized void scan() {
        Path root = folders.sftpRoot();
        if (!Files.isDirectory(root)) {
            return;
        }
        Map<Path, String> now = new HashMap<>();
        try (Stream<Path> practices = Files.list(root)) {
            for (Path practiceDir : practices.filter(Files::isDirectory).toList()) {
                PracticeId practice = practiceOf(practiceDir);
                Path inbound = practiceDir.resolve("inbound");
                if (practice == null || !Files.isDirectory(inbound)) {
                    continue;
                }
                for (Path file : list(inbound)) {
                    Path p = file.toAbsolutePath().normalize();
                    if (p.getFileName().toString().startsWith(".") || writing.contains(p)) {
                        continue;
                    }
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    if (!a.isRegularFile()) {
                        continue;
                    }
                    String state = a.size() + "@" + a.lastModifiedTime().toMillis();
                    if (closedAfterWriting.remove(p) || state.equals(previous.get(p))) {
                        take(practice, p);
                    } else {
                        now.put(p, state);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.ERROR, "Scanning the SFTP inbound folders failed: " + e);
        }
        previous.clear();
        previous.putAll(now);
    }

    private void take(PracticeId practice, Path file) {
        try {
            submissions.receiveFromInbound(practice, file);
        } catch (RuntimeException e) {
            // The file was moved into its submission folder before processing; the next start finishes it.
            LOG.log(Level.ERROR, "A file from inbound/ could not be processed now; it is kept and processed again "
                    + "at the next start: " + e);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static PracticeId practiceOf(Path dir) {
        try {
            String name = dir.getFileName().toString();
            UUID id = UUID.fromString(name);
            return id.toString().equals(name) ? new PracticeId(id) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
