package org.oa.core.submission;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.oa.core.practice.PracticeId;

/**
 * Stores the submission files of <em>one</em> practice: created for one {@link PracticeId}, it never reads or
 * changes another practice's files; storing another practice's file is refused with
 * {@link IllegalArgumentException}. Not thread-safe: one per unit of work.
 */
public interface SubmissionFileRepository {

    /** The practice this repository is scoped to. */
    PracticeId practiceId();

    /** Stores a new file. */
    void add(SubmissionFile file);

    /** Stores a file's new status (processed or failed); returns false when the practice has no such file. */
    boolean update(SubmissionFile file);

    /** Finds a file of this practice. */
    Optional<SubmissionFile> find(SubmissionFileId id);

    /** The practice's most recent files, newest first, at most {@code limit}. */
    List<SubmissionFile> findRecent(int limit);

    /**
     * Stores the file summary report of a file of this practice (once per file); returns false when the practice
     * has no such file.
     */
    boolean saveReport(FileSummaryReport report);

    /**
     * The accepted and rejected claim counts of the stored reports of these files; files of other practices and
     * files without a report are left out.
     */
    Map<SubmissionFileId, FileSummaryReport.Counts> countClaims(Collection<SubmissionFileId> files);

    /** The stored file summary report of a file of this practice. */
    Optional<FileSummaryReport> findReport(SubmissionFileId id);

    /**
     * Records that {@code file} carried the interchange {@code senderId}/{@code controlNumber} (ISA06/ISA13).
     * A second file with the same interchange is a duplicate: see {@link #findByInterchange}. Recording the same
     * interchange twice fails with the provider's persistence exception when the transaction commits (a
     * unique key), so two nodes cannot both process it.
     */
    void recordInterchange(SubmissionFileId file, String senderId, String controlNumber);

    /** The file of this practice that carried the interchange {@code senderId}/{@code controlNumber}, if any. */
    Optional<SubmissionFileId> findByInterchange(String senderId, String controlNumber);
}
