package org.oa.core.submission;

import java.util.List;
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
}
