package org.oa.core.internal.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.oa.core.practice.PracticeId;
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
