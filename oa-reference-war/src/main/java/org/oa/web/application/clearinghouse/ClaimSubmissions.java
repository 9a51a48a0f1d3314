package org.oa.web.application.clearinghouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.core.practice.PracticeId;
import org.oa.core.submission.FileSummaryReport;
import org.oa.core.submission.SubmissionChannel;
import org.oa.core.submission.SubmissionFile;
import org.oa.core.submission.SubmissionFileId;
import org.oa.core.submission.SubmissionFileStatus;
import org.oa.web.application.audit.PatientDataAudit;
import org.oa.web.application.folders.SubmissionFolders;

/**
 * The one pipeline behind every door (web upload, SFTP {@code inbound/}, API): the received bytes are first kept
 * in the file's folder, then processed in one transaction ({@link SubmissionStore}), then the File Summary and
 * acknowledgments are copied to the practice's SFTP {@code outbound/}. A file taken from {@code inbound/} is
 * moved (not copied) into its folder before anything else, and a folder without a stored file is processed at
 * the next start, so each file is processed exactly once even when the server stops mid-way.
 */
@ApplicationScoped
public class ClaimSubmissions {

    private static final Logger LOG = System.getLogger(ClaimSubmissions.class.getName());
    private static final String META = "meta.properties";

    @Inject
    SubmissionStore store;

    @Inject
    PatientDataAudit patientDataAudit;

    @Inject
    SubmissionFolders folders;

    /** A processed file with its File Summary and the names of the documents answering it. */
    public record Outcome(SubmissionFile file, FileSummaryReport report, List<String> documents) {
    }

    /** Receives a file uploaded through the portal (or the API) and processes it. */
    public Outcome receive(PracticeId practice, String submittedName, SubmissionChannel channel, InputStream content) {
        SubmissionFileId id = SubmissionFileId.random();
        String name = SubmissionFolders.safeName(submittedName);
        Path target = folders.receivedPath(practice, id, name);
        try {
            Files.copy(content, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the uploaded file", e);
        }
        return process(practice, id, name, channel, Instant.now(), target);
    }

    /**
     * Takes a file out of a practice's SFTP {@code inbound/} folder and processes it. Returns empty when the file
     * is gone (another node or thread took it).
     */
    public Optional<Outcome> receiveFromInbound(PracticeId practice, Path inboundFile) {
        SubmissionFileId id = SubmissionFileId.random();
        String name = SubmissionFolders.safeName(inboundFile.getFileName().toString());
        Path target = folders.receivedPath(practice, id, name);
        Instant receivedAt = Instant.now();
        try {
            writeMeta(target.getParent().getParent(), SubmissionChannel.SFTP, receivedAt);
            Files.move(inboundFile, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            deleteQuietly(target.getParent().getParent());
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot take a file from inbound/", e);
        }
        return Optional.of(process(practice, id, name, SubmissionChannel.SFTP, receivedAt, target));
    }

    private Outcome process(PracticeId practice, SubmissionFileId id, String name, SubmissionChannel channel,
                            Instant receivedAt, Path content) {
        Path folder = content.getParent().getParent();
        writeMeta(folder, channel, receivedAt);
        long size;
        try {
            size = Files.size(content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the received file", e);
        }
        SubmissionFile received = new SubmissionFile(id, practice, name, channel, receivedAt, size,
                SubmissionFileStatus.RECEIVED, "");
        SubmissionStore.Stored stored = store.process(received, content);
        patientDataAudit.claimsMatched(practice, id, stored.matchedPatients());
        deliver(stored.file());
        LOG.log(Level.INFO, "Submission file {0} ({1}, {2} bytes): {3}, {4} claims accepted, {5} rejected", id,
                channel, Long.toString(size), stored.file().status(), Integer.toString(stored.report().acceptedCount()),
                Integer.toString(stored.report().rejectedCount()));
        return new Outcome(stored.file(), stored.report(), folders.documents(stored.file()));
    }

    /** Copies a processed file's documents into the practice's {@code outbound/}, once. */
    private void deliver(SubmissionFile file) {
        Path folder = folders.folder(file.practiceId(), file.id());
        Path marker = folder.resolve(SubmissionFolders.DELIVERED);
        if (Files.exists(marker)) {
            return;
        }
        Path outbound = folders.outbound(file.practiceId());
        try {
            for (String name : folders.documents(file)) {
                // Copied under a hidden name and renamed, so practice software never fetches half a file.
                Path partial = outbound.resolve("." + name + ".part");
                Files.copy(folder.resolve(name), partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, outbound.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Files.createFile(marker);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot deliver the documents of a submission file", e);
        }
    }

    /**
     * Finishes what a stop interrupted: processes kept files that were never stored and delivers documents
     * that were not delivered. Returns how many folders needed work.
     */
    public int recover() {
        int worked = 0;
        for (Path folder : folders.allFolders()) {
            Optional<Path> content = SubmissionFolders.received(folder);
            if (content.isEmpty() || Files.exists(folder.resolve(SubmissionFolders.DELIVERED))) {
                continue;
            }
            PracticeId practice;
            SubmissionFileId id;
            try {
                practice = new PracticeId(UUID.fromString(folder.getParent().getFileName().toString()));
                id = new SubmissionFileId(UUID.fromString(folder.getFileName().toString()));
            } catch (IllegalArgumentException e) {
                continue;
            }
            worked++;
            try {
                Optional<SubmissionFile> storedFile = store.find(practice, id);
                if (storedFile.isPresent()) {
                    deliver(storedFile.get());
                } else {
                    Properties meta = readMeta(folder);
                    process(practice, id, content.get().getFileName().toString(),
                            SubmissionChannel.valueOf(meta.getProperty("channel", "SFTP")),
                            Instant.parse(meta.getProperty("receivedAt", Instant.now().toString())), content.get());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Submission file " + id + " could not be recovered; it stays in its folder "
                        + "and is tried again at the next start: " + e);
            }
        }
        return worked;
    }

    /** The practice's most recent files, newest first. */
    public List<SubmissionFile> recent(PracticeId practice, int limit) {
        return store.recent(practice, limit);
    }

    /** Accepted and rejected claim counts of these files of the practice. */
    public Map<SubmissionFileId, FileSummaryReport.Counts> countClaims(PracticeId practice,
                                                                       List<SubmissionFile> files) {
        return store.countClaims(practice, files.stream().map(SubmissionFile::id).toList());
    }

    /** A file of the practice with its File Summary and documents. */
    public Optional<Outcome> find(PracticeId practice, SubmissionFileId id) {
        return store.find(practice, id).map(file -> new Outcome(file, store.report(practice, id)
                .orElseGet(() -> FileSummaryReport.of(id, List.of())), folders.documents(file)));
    }

    /** A document of a file of the practice, by its name; empty when either is unknown. */
    public Optional<Path> document(PracticeId practice, SubmissionFileId id, String name) {
        return store.find(practice, id).filter(file -> folders.documents(file).contains(name))
                .map(file -> folders.folder(practice, id).resolve(name));
    }

    private static void writeMeta(Path folder, SubmissionChannel channel, Instant receivedAt) {
        Path meta = folder.resolve(META);
        if (Files.exists(meta)) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("channel", channel.name());
        p.setProperty("receivedAt", receivedAt.toString());
        try (Writer w = Files.newBufferedWriter(meta, StandardCharsets.UTF_8)) {
            p.store(w, "OA submission file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a submission folder's metadata", e);
        }
    }

    private static Properties readMeta(Path folder) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(folder.resolve(META), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            // Without metadata the file is still processed, as received now over SFTP.
            LOG.log(Level.WARNING, "Submission folder without metadata: " + folder.getFileName());
        }
        return p;
    }

    private static void deleteQuietly(Path folder) {
        try (var walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove an empty submission folder: " + e.getMessage());
        }
    }
}
