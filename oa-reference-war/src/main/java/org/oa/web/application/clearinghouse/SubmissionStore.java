package org.oa.web.application.clearinghouse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.oa.core.claim.ClaimRepository;
import org.oa.core.claim.PatientMatcher;
import org.oa.core.edit.EditContext;
import org.oa.core.edit.FrontEndEdits;
import org.oa.core.patient.PatientId;
import org.oa.core.practice.PracticeId;
import org.oa.core.submission.ClaimIntake;
import org.oa.core.submission.FileSummaryReport;
import org.oa.core.submission.FileSummaryText;
import org.oa.core.submission.SubmissionFile;
import org.oa.core.submission.SubmissionFileId;
import org.oa.core.submission.SubmissionFileRepository;
import org.oa.core.submission.SubmissionFileStatus;
import org.oa.edi.intake.ClaimFileIntake;
import org.oa.web.application.Repositories;
import org.oa.web.application.audit.PatientDataAudit;
import org.oa.web.application.payer.PayerCatalog;
import org.oa.web.application.folders.SubmissionFolders;
import org.oa.web.application.payer.PayerBatches;

/**
 * Processes one received claim file in one transaction: reads and validates it, runs the front-end edits, links
 * each claim to its patient's record when exactly one patient matches ({@link PatientMatcher}), stores the file,
 * its claims, its File Summary and its interchange, and writes the File Summary, 999, TA1 and
 * 277CA into the file's folder. Anything failing rolls the whole file back: no half-stored file.
 */
@ApplicationScoped
public class SubmissionStore {

    /** The clearinghouse as named in the acknowledgments it writes. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    @Inject
    Repositories repositories;

    @Inject
    PayerCatalog payerCatalog;

    @Inject
    SubmissionFolders folders;

    /**
     * A file as stored, with its summary.
     *
     * @param matchedPatients the patients whose records its claims were compared with (to be audited), empty when
     *                        the file was not processed now
     */
    public record Stored(SubmissionFile file, FileSummaryReport report, Set<PatientId> matchedPatients) {
        public Stored {
            matchedPatients = Set.copyOf(matchedPatients);
        }
    }

    /**
     * Processes {@code received} (status RECEIVED) whose content is at {@code content}. A file already stored
     * under the same ID is not processed again; its stored state is returned.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Stored process(SubmissionFile received, Path content) {
        PracticeId practice = received.practiceId();
        SubmissionFileRepository files = repositories.submissionFiles(practice);
        Optional<SubmissionFile> already = files.find(received.id());
        if (already.isPresent()) {
            return new Stored(already.get(), files.findReport(received.id()).orElseThrow(), Set.of());
        }
        ClaimRepository claims = repositories.claims(practice);
        EditContext context = new EditContext(Clock.systemUTC(), payerCatalog.current(),
                repositories.enrollments(practice).toEnrollments(), claims.history());
        ClaimFileIntake intake = new ClaimFileIntake(new ClaimIntake(FrontEndEdits.standard(), claims.originalClaims()),
                PayerBatches.CLEARINGHOUSE_NAME, PayerBatches.CLEARINGHOUSE_ID);
        ClaimFileIntake.Result result;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(content), 1 << 16)) {
            result = intake.take(received, in, context, Instant.now(), controlNumber(received.id()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the received file", e);
        }
        Set<ClaimFileIntake.InterchangeKey> keys = new LinkedHashSet<>(result.interchanges());
        SubmissionFile file = result.intake().file();
        if (file.status() == SubmissionFileStatus.PROCESSED) {
            for (ClaimFileIntake.InterchangeKey key : keys) {
                Optional<SubmissionFileId> earlier = files.findByInterchange(key.senderId(), key.controlNumber());
                if (earlier.isPresent()) {
                    return storeDuplicate(files, received, key, earlier.get());
                }
            }
        }
        // Each claim is linked to the practice's patient record when its member ID, birth date and last name match
        // exactly one patient; otherwise it stays unlinked (a claim never creates a patient). The patients compared
        // are audited after the commit (PatientDataAudit.claimsMatched), not under the trail's lock meanwhile.
        Set<PatientId> matched = new LinkedHashSet<>();
        PatientMatcher matcher = new PatientMatcher(repositories.patients(practice,
                event -> matched.add(event.patientId())));
        List<ClaimRepository.NewClaim> taken = new ArrayList<>(result.intake().claims().size());
        for (ClaimIntake.IntakeClaim c : result.intake().claims()) {
            taken.add(new ClaimRepository.NewClaim(c.claim(), c.lifecycle(), matcher.match(c.claim()).patientId()));
        }
        files.add(file);
        claims.addAll(taken, file.id());
        FileSummaryReport report = result.intake().report();
        files.saveReport(report);
        if (file.status() == SubmissionFileStatus.PROCESSED) {
            for (ClaimFileIntake.InterchangeKey key : keys) {
                files.recordInterchange(file.id(), key.senderId(), key.controlNumber());
            }
        }
        // Written before the commit: if writing fails, nothing is stored and the file is processed again later.
        write(file, Map.of(SubmissionFolders.fileSummaryName(file),
                FileSummaryText.render(file, report).getBytes(StandardCharsets.UTF_8),
                SubmissionFolders.ack999Name(file), result.ack999(),
                SubmissionFolders.ta1Name(file), result.ta1(),
                SubmissionFolders.ack277caName(file), result.ack277ca()));
        return new Stored(file, report, matched);
    }

    private Stored storeDuplicate(SubmissionFileRepository files, SubmissionFile received,
                                  ClaimFileIntake.InterchangeKey key, SubmissionFileId earlier) {
        SubmissionFile original = files.find(earlier).orElseThrow();
        SubmissionFile duplicate = received.duplicate("This interchange (sender " + key.senderId() + ", ISA13 "
                + key.controlNumber() + ") was already received in file " + earlier + " on "
                + DAY.format(original.receivedAt()) + "; this copy was not processed again.");
        files.add(duplicate);
        FileSummaryReport report = FileSummaryReport.failed(duplicate.id(), duplicate.failureReason());
        write(duplicate, Map.of(SubmissionFolders.fileSummaryName(duplicate),
                FileSummaryText.render(duplicate, report).getBytes(StandardCharsets.UTF_8)));
        return new Stored(duplicate, report, Set.of());
    }

    private void write(SubmissionFile file, Map<String, byte[]> documents) {
        Path folder = folders.folder(file.practiceId(), file.id());
        try {
            for (Map.Entry<String, byte[]> d : documents.entrySet()) {
                if (d.getValue().length > 0) {
                    Files.write(folder.resolve(d.getKey()), d.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the documents of a submission file", e);
        }
    }

    /** Control numbers of the acknowledgments of one file: derived from its ID, 1 to 999999999. */
    static long controlNumber(SubmissionFileId id) {
        return Math.floorMod(id.value().getLeastSignificantBits(), 999_999_999L) + 1;
    }

    /** The practice's most recent files, newest first. */
    @Transactional
    public List<SubmissionFile> recent(PracticeId practice, int limit) {
        return repositories.submissionFiles(practice).findRecent(limit);
    }

    /** A file of the practice. */
    @Transactional
    public Optional<SubmissionFile> find(PracticeId practice, SubmissionFileId id) {
        return repositories.submissionFiles(practice).find(id);
    }

    /** Accepted and rejected claim counts of files of the practice. */
    @Transactional
    public Map<SubmissionFileId, FileSummaryReport.Counts> countClaims(PracticeId practice,
                                                                       List<SubmissionFileId> files) {
        return repositories.submissionFiles(practice).countClaims(files);
    }

    /** The File Summary of a file of the practice. */
    @Transactional
    public Optional<FileSummaryReport> report(PracticeId practice, SubmissionFileId id) {
        return repositories.submissionFiles(practice).findReport(id);
    }
}
