package org.oa.core.internal.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.oa.core.claim.ClaimId;
import org.oa.core.edit.EditFailure;
import org.oa.core.edit.Severity;
import org.oa.core.practice.PracticeId;
import org.oa.core.submission.FileSummaryReport;
import org.oa.core.submission.SubmissionChannel;
import org.oa.core.submission.SubmissionFile;
import org.oa.core.submission.SubmissionFileId;
import org.oa.core.submission.SubmissionFileRepository;
import org.oa.core.submission.SubmissionFileStatus;

/** {@link SubmissionFileRepository} over JPA for one practice; every query is filtered by the practice. */
public final class JpaSubmissionFileRepository implements SubmissionFileRepository {

    private final EntityManager em;
    private final PracticeId practice;
    private final String practiceKey;

    public JpaSubmissionFileRepository(EntityManager em, PracticeId practice) {
        this.em = Objects.requireNonNull(em, "entity manager");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.practiceKey = practice.toString();
    }

    @Override
    public PracticeId practiceId() {
        return practice;
    }

    @Override
    public void add(SubmissionFile file) {
        requireOwn(file);
        SubmissionFileEntity e = new SubmissionFileEntity();
        e.id = file.id().toString();
        e.practiceId = practiceKey;
        e.fileName = file.fileName();
        e.channel = file.channel().name();
        e.receivedAt = ClaimMapper.utc(file.receivedAt());
        e.sizeBytes = file.sizeBytes();
        e.status = file.status().name();
        e.failureReason = file.failureReason();
        em.persist(e);
    }

    @Override
    public boolean update(SubmissionFile file) {
        requireOwn(file);
        Optional<SubmissionFileEntity> e = entity(file.id());
        e.ifPresent(row -> {
            row.status = file.status().name();
            row.failureReason = file.failureReason();
        });
        return e.isPresent();
    }

    @Override
    public Optional<SubmissionFile> find(SubmissionFileId id) {
        return entity(id).map(this::toFile);
    }

    @Override
    public List<SubmissionFile> findRecent(int limit) {
        List<SubmissionFile> files = new ArrayList<>();
        for (SubmissionFileEntity e : em.createQuery("select f from SubmissionFileEntity f"
                        + " where f.practiceId = :practice order by f.receivedAt desc, f.id", SubmissionFileEntity.class)
                .setParameter("practice", practiceKey).setMaxResults(limit).getResultList()) {
            files.add(toFile(e));
        }
        return files;
    }

    @Override
    public boolean saveReport(FileSummaryReport report) {
        if (entity(report.fileId()).isEmpty()) {
            return false;
        }
        String fileId = report.fileId().toString();
        int position = 0;
        for (FileSummaryReport.ClaimOutcome o : report.claims()) {
            FileSummaryClaimEntity row = new FileSummaryClaimEntity();
            row.fileId = fileId;
            row.position = position++;
            row.claimId = o.claimId() == null ? null : o.claimId().toString();
            row.patientControlNumber = o.patientControlNumber();
            row.totalCharge = o.totalCharge();
            row.accepted = (short) (o.accepted() ? 1 : 0);
            for (EditFailure f : o.failures()) {
                ProblemRow p = new ProblemRow();
                p.code = f.code();
                p.severity = f.severity().name();
                p.fieldPath = f.fieldPath();
                p.message = f.message();
                p.hint = f.hint();
                row.problems.add(p);
            }
            em.persist(row);
        }
        return true;
    }

    @Override
    public Map<SubmissionFileId, FileSummaryReport.Counts> countClaims(Collection<SubmissionFileId> files) {
        Map<SubmissionFileId, FileSummaryReport.Counts> counts = new HashMap<>();
        if (files.isEmpty()) {
            return counts;
        }
        List<String> ids = files.stream().map(SubmissionFileId::toString).distinct().toList();
        for (Object[] row : em.createQuery("select c.fileId, c.accepted, count(c) from FileSummaryClaimEntity c"
                        + " where c.fileId in :ids and c.fileId in (select f.id from SubmissionFileEntity f"
                        + " where f.practiceId = :practice) group by c.fileId, c.accepted", Object[].class)
                .setParameter("ids", ids).setParameter("practice", practiceKey).getResultList()) {
            SubmissionFileId id = new SubmissionFileId(UUID.fromString((String) row[0]));
            int n = ((Number) row[2]).intValue();
            boolean accepted = ((Number) row[1]).intValue() != 0;
            FileSummaryReport.Counts c = counts.getOrDefault(id, new FileSummaryReport.Counts(0, 0));
            counts.put(id, accepted ? new FileSummaryReport.Counts(c.accepted() + n, c.rejected())
                    : new FileSummaryReport.Counts(c.accepted(), c.rejected() + n));
        }
        return counts;
    }

    @Override
    public Optional<FileSummaryReport> findReport(SubmissionFileId id) {
        Optional<SubmissionFile> file = find(id);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        if (file.get().status().hasReason()) {
            return Optional.of(FileSummaryReport.failed(id, file.get().failureReason()));
        }
        List<FileSummaryReport.ClaimOutcome> outcomes = new ArrayList<>();
        for (FileSummaryClaimEntity row : em.createQuery("select c from FileSummaryClaimEntity c"
                        + " where c.fileId = :file order by c.position", FileSummaryClaimEntity.class)
                .setParameter("file", id.toString()).getResultList()) {
            List<EditFailure> failures = new ArrayList<>(row.problems.size());
            for (ProblemRow p : row.problems) {
                failures.add(new EditFailure(p.code, Severity.valueOf(p.severity), p.fieldPath, p.message, p.hint));
            }
            outcomes.add(new FileSummaryReport.ClaimOutcome(
                    row.claimId == null ? null : new ClaimId(UUID.fromString(row.claimId)),
                    row.patientControlNumber, row.totalCharge, row.accepted != 0, failures));
        }
        return Optional.of(FileSummaryReport.of(id, outcomes));
    }

    @Override
    public void recordInterchange(SubmissionFileId file, String senderId, String controlNumber) {
        if (entity(file).isEmpty()) {
            throw new IllegalArgumentException("submission file " + file + " is not a file of this practice");
        }
        SubmissionInterchangeEntity e = new SubmissionInterchangeEntity();
        e.practiceId = practiceKey;
        e.senderId = Objects.requireNonNull(senderId, "senderId");
        e.controlNumber = Objects.requireNonNull(controlNumber, "controlNumber");
        e.fileId = file.toString();
        em.persist(e);
    }

    @Override
    public Optional<SubmissionFileId> findByInterchange(String senderId, String controlNumber) {
        List<String> ids = em.createQuery("select i.fileId from SubmissionInterchangeEntity i where i.practiceId"
                        + " = :practice and i.senderId = :sender and i.controlNumber = :control", String.class)
                .setParameter("practice", practiceKey).setParameter("sender", senderId)
                .setParameter("control", controlNumber).getResultList();
        return ids.isEmpty() ? Optional.empty() : Optional.of(new SubmissionFileId(UUID.fromString(ids.get(0))));
    }

    private Optional<SubmissionFileEntity> entity(SubmissionFileId id) {
        List<SubmissionFileEntity> rows = em.createQuery("select f from SubmissionFileEntity f"
                        + " where f.practiceId = :practice and f.id = :id", SubmissionFileEntity.class)
                .setParameter("practice", practiceKey).setParameter("id", id.toString()).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private SubmissionFile toFile(SubmissionFileEntity e) {
        return new SubmissionFile(new SubmissionFileId(UUID.fromString(e.id)), practice, e.fileName,
                SubmissionChannel.valueOf(e.channel), ClaimMapper.instant(e.receivedAt), e.sizeBytes,
                SubmissionFileStatus.valueOf(e.status), e.failureReason);
    }

    private void requireOwn(SubmissionFile file) {
        if (!file.practiceId().equals(practice)) {
            throw new IllegalArgumentException("submission file " + file.id() + " belongs to another practice");
        }
    }
}
