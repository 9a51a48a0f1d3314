package org.oa.core.internal.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ClaimOrder;
import org.oa.core.claim.ClaimPage;
import org.oa.core.claim.ClaimRepository;
import org.oa.core.claim.ClaimSearch;
import org.oa.core.claim.StoredClaim;
import org.oa.core.edit.ClaimHistory;
import org.oa.core.lifecycle.ClaimLifecycle;
import org.oa.core.lifecycle.ClaimStatus;
import org.oa.core.patient.PatientId;
import org.oa.core.practice.PracticeId;
import org.oa.core.submission.SubmissionFileId;

/**
 * {@link ClaimRepository} over JPA for one practice. Every query carries {@code practiceId = :practice};
 * lookups by ID use a query too (never {@code EntityManager.find}, which knows no practice). Joins the caller's
 * transaction.
 */
public final class JpaClaimRepository implements ClaimRepository {

    private final EntityManager em;
    private final PracticeId practice;
    private final String practiceKey;
    /** Next position within each submission file this unit of work adds claims to. */
    private final java.util.Map<String, Integer> nextFilePosition = new java.util.HashMap<>();

    public JpaClaimRepository(EntityManager em, PracticeId practice) {
        this.em = Objects.requireNonNull(em, "entity manager");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.practiceKey = practice.toString();
    }

    @Override
    public PracticeId practiceId() {
        return practice;
    }

    @Override
    public void add(Claim claim, ClaimLifecycle lifecycle, SubmissionFileId file) {
        requireOwn(claim);
        if (!claim.id().equals(lifecycle.claimId())) {
            throw new IllegalArgumentException("lifecycle must belong to the claim");
        }
        em.persist(entity(claim, lifecycle, file));
    }

    /**
     * Writes the rows with JDBC batches on the entity manager's connection, in its transaction: see
     * {@link ClaimRowWriter} for why not {@code persist}. The new rows are not in the persistence context;
     * queries read them from the database like any row stored by an earlier transaction.
     */
    @Override
    public void addAll(List<NewClaim> claims, SubmissionFileId file) {
        java.util.Set<PatientId> patientRecords = new java.util.HashSet<>();
        for (NewClaim c : claims) {
            requireOwn(c.claim());
            if (c.patientRecordId() != null) {
                patientRecords.add(c.patientRecordId());
            }
        }
        for (PatientId patient : patientRecords) {
            if (!JpaPatientRepository.exists(em, practiceKey, patient)) {
                throw new IllegalArgumentException("patient record " + patient + " is not one of the practice's");
            }
        }
        if (claims.isEmpty()) {
            return;
        }
        List<ClaimEntity> rows = new ArrayList<>(claims.size());
        for (NewClaim c : claims) {
            ClaimEntity row = entity(c.claim(), c.lifecycle(), file);
            row.patientRecordId = c.patientRecordId() == null ? null : c.patientRecordId().toString();
            rows.add(row);
        }
        // Rows persisted earlier in this unit of work (the file row the claims reference, above all) go first.
        em.flush();
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("storing claims needs an active transaction");
        }
        try {
            ClaimRowWriter.insert(connection, rows);
        } catch (RuntimeException e) {
            markRollbackOnly();
            throw e;
        }
    }

    /**
     * Resource-local: a caller that catches the failure cannot commit half a file. Under JTA the entity manager
     * has no {@code EntityTransaction}: the caller lets the runtime exception leave its transactional method
     * (as SubmissionStore does), and the container rolls back.
     */
    private void markRollbackOnly() {
        try {
            if (em.getTransaction().isActive()) {
                em.getTransaction().setRollbackOnly();
            }
        } catch (IllegalStateException jta) {
            // JTA entity manager: see above.
        }
    }

    private ClaimEntity entity(Claim claim, ClaimLifecycle lifecycle, SubmissionFileId file) {
        ClaimEntity e = new ClaimEntity();
        ClaimMapper.copyClaim(claim, e);
        ClaimMapper.copyLifecycle(lifecycle, e);
        e.receivedAt = ClaimMapper.utc(lifecycle.history().get(0).at());
        if (file != null) {
            e.submissionFileId = file.toString();
            // One count per file and unit of work, not one per claim: a query flushes every pending claim first,
            // which made storing a 10,000-claim file quadratic.
            int position = nextFilePosition.computeIfAbsent(e.submissionFileId, this::storedClaimsOfFile);
            e.filePosition = position;
            nextFilePosition.put(e.submissionFileId, position + 1);
        }
        return e;
    }

    private int storedClaimsOfFile(String fileId) {
        return em.createQuery("select count(c) from ClaimEntity c where c.practiceId = :practice"
                + " and c.submissionFileId = :file", Long.class)
                .setParameter("practice", practiceKey).setParameter("file", fileId)
                .getSingleResult().intValue();
    }

    @Override
    public Optional<StoredClaim> find(ClaimId id) {
        return entity(id).map(ClaimMapper::toStored);
    }

    @Override
    public boolean replace(Claim corrected) {
        requireOwn(corrected);
        Optional<ClaimEntity> e = entity(corrected.id());
        e.ifPresent(row -> ClaimMapper.copyClaim(corrected, row));
        return e.isPresent();
    }

    @Override
    public boolean updateLifecycle(ClaimLifecycle lifecycle) {
        Optional<ClaimEntity> e = entity(lifecycle.claimId());
        e.ifPresent(row -> ClaimMapper.copyLifecycle(lifecycle, row));
        return e.isPresent();
    }

    @Override
    public boolean recordPayerClaimNumber(ClaimId id, String payerClaimNumber) {
        if (payerClaimNumber == null || payerClaimNumber.isBlank() || payerClaimNumber.length() > 80) {
            throw new IllegalArgumentException("payer claim number must be 1 to 80 characters");
        }
        Optional<ClaimEntity> e = entity(id);
        e.ifPresent(row -> row.payerClaimNumber = payerClaimNumber);
        return e.isPresent();
    }

    @Override
    public boolean linkPatientRecord(ClaimId id, PatientId patientRecord) {
        if (!JpaPatientRepository.exists(em, practiceKey, patientRecord)) {
            return false;
        }
        Optional<ClaimEntity> e = entity(id);
        e.ifPresent(row -> row.patientRecordId = patientRecord.toString());
        return e.isPresent();
    }

    @Override
    public List<StoredClaim> findByPatientRecord(PatientId patientRecord, int limit) {
        return stored(em.createQuery("select c from ClaimEntity c where c.practiceId = :practice"
                        + " and c.patientRecordId = :patient order by c.receivedAt desc, c.id", ClaimEntity.class)
                .setParameter("practice", practiceKey).setParameter("patient", patientRecord.toString())
                .setMaxResults(limit));
    }

    @Override
    public Optional<StoredClaim> findByPayerClaimNumber(String payerClaimNumber) {
        List<StoredClaim> found = stored(em.createQuery("select c from ClaimEntity c where c.practiceId = :practice"
                        + " and c.payerClaimNumber = :number order by c.receivedAt, c.id", ClaimEntity.class)
                .setParameter("practice", practiceKey).setParameter("number", payerClaimNumber).setMaxResults(1));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<StoredClaim> findByStatus(ClaimStatus status, int limit) {
        return stored(em.createQuery("select c from ClaimEntity c where c.practiceId = :practice"
                        + " and c.status = :status order by c.receivedAt, c.id", ClaimEntity.class)
                .setParameter("practice", practiceKey).setParameter("status", status.name())
                .setMaxResults(limit));
    }

    @Override
    public ClaimPage page(ClaimSearch search, ClaimOrder order, int offset, int limit) {
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(order, "order");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset must not be negative and limit must be positive");
        }
        StringBuilder where = new StringBuilder(" where c.practiceId = :practice"
                + " and c.receivedAt >= :from and c.receivedAt < :to");
        if (search.status() != null) {
            where.append(" and c.status = :status");
        }
        if (search.payerId() != null) {
            where.append(" and c.payerId = :payer");
        }
        if (!search.text().isEmpty()) {
            where.append(" and (lower(c.patientLastName) like :contains or lower(c.patientFirstName) like :contains"
                    + " or lower(c.patientControlNumber) like :starts or c.id = :exact)");
        }
        if (search.serviceFrom() != null || search.serviceTo() != null) {
            // ClaimSearch.servedWithin: a line from..to (to defaults to from) that overlaps the period.
            where.append(" and exists (select l.serviceFrom from ClaimEntity s join s.serviceLines l where s = c"
                    + " and l.serviceFrom is not null");
            if (search.serviceTo() != null) {
                where.append(" and l.serviceFrom <= :serviceTo");
            }
            if (search.serviceFrom() != null) {
                where.append(" and (l.serviceTo >= :serviceFrom or (l.serviceTo is null"
                        + " and l.serviceFrom >= :serviceFrom))");
            }
            where.append(")");
        }
        TypedQuery<Long> count = bind(em.createQuery("select count(c) from ClaimEntity c" + where, Long.class),
                search);
        long total = count.getSingleResult();
        if (total <= offset) {
            return new ClaimPage(List.of(), total, offset, limit);
        }
        String direction = order.ascending() ? " asc" : " desc";
        String orderBy = switch (order.column()) {
            case RECEIVED -> "c.receivedAt" + direction;
            case PATIENT -> "c.patientLastName" + direction + ", c.patientFirstName" + direction;
            case PATIENT_CONTROL_NUMBER -> "c.patientControlNumber" + direction;
            case PAYER -> "c.payerId" + direction;
            case CHARGE -> "c.totalCharge" + direction;
            case STATUS -> "c.status" + direction;
        };
        TypedQuery<ClaimEntity> query = bind(em.createQuery("select c from ClaimEntity c" + where + " order by "
                + orderBy + ", c.id", ClaimEntity.class), search);
        return new ClaimPage(stored(query.setFirstResult(offset).setMaxResults(limit)), total, offset, limit);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, ClaimSearch search) {
        query.setParameter("practice", practiceKey)
                .setParameter("from", ClaimMapper.utc(search.receivedFrom()))
                .setParameter("to", ClaimMapper.utc(search.receivedTo()));
        if (search.status() != null) {
            query.setParameter("status", search.status().name());
        }
        if (search.payerId() != null) {
            query.setParameter("payer", search.payerId().value());
        }
        if (!search.text().isEmpty()) {
            String t = search.text().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "");
            query.setParameter("contains", "%" + t + "%").setParameter("starts", t + "%")
                    .setParameter("exact", search.text());
        }
        if (search.serviceTo() != null) {
            query.setParameter("serviceTo", search.serviceTo());
        }
        if (search.serviceFrom() != null) {
            query.setParameter("serviceFrom", search.serviceFrom());
        }
        return query;
    }

    @Override
    public Map<ClaimStatus, Long> countByStatus() {
        Map<ClaimStatus, Long> counts = new java.util.EnumMap<>(ClaimStatus.class);
        for (Object[] row : em.createQuery("select c.status, count(c) from ClaimEntity c where c.practiceId"
                + " = :practice group by c.status", Object[].class).setParameter("practice", practiceKey)
                .getResultList()) {
            counts.put(ClaimStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public List<StoredClaim> findByPatientControlNumber(String patientControlNumber) {
        return stored(em.createQuery("select c from ClaimEntity c where c.practiceId = :practice"
                        + " and c.patientControlNumber = :pcn order by c.receivedAt, c.id", ClaimEntity.class)
                .setParameter("practice", practiceKey).setParameter("pcn", patientControlNumber));
    }

    @Override
    public List<StoredClaim> findBySubmissionFile(SubmissionFileId file) {
        return stored(em.createQuery("select c from ClaimEntity c where c.practiceId = :practice"
                        + " and c.submissionFileId = :file order by c.filePosition", ClaimEntity.class)
                .setParameter("practice", practiceKey).setParameter("file", file.toString()));
    }

    /**
     * Duplicates are looked for among the practice's claims that were not rejected by front-end edits: a
     * rejected claim never reached a payer.
     */
    @Override
    public ClaimHistory history() {
        return new History();
    }

    /**
     * The practice's claims that were not rejected by front-end edits (a rejected claim never reached a payer),
     * one query per service, or preloaded for many services at once with {@link #forKeys}.
     */
    private final class History implements ClaimHistory {

        @Override
        public ClaimId findOtherClaimWith(ServiceKey key, ClaimId self) {
            List<String> ids = em.createQuery("select c.id from ClaimEntity c join c.serviceLines l"
                            + " where c.practiceId = :practice and c.patientId = :patient and c.id <> :self"
                            + " and c.status <> :rejected and l.serviceFrom = :date and l.procedureCode = :code"
                            + " and l.charge = :charge", String.class)
                    .setParameter("practice", practiceKey)
                    .setParameter("patient", key.patientId().toString())
                    .setParameter("self", self.toString())
                    .setParameter("rejected", ClaimStatus.REJECTED.name())
                    .setParameter("date", key.serviceDate())
                    .setParameter("code", key.procedureCode())
                    .setParameter("charge", key.charge())
                    .setMaxResults(1)
                    .getResultList();
            return ids.isEmpty() ? null : new ClaimId(UUID.fromString(ids.get(0)));
        }

        /**
         * Answers from one query per patient (index on practice and patient) instead of one per service: a
         * file's claims for the same patient share it. Derby does not use that index for long IN lists, so the
         * patients are not batched into one query.
         */
        @Override
        public ClaimHistory forKeys(Collection<ServiceKey> keys) {
            Map<PatientId, Map<ServiceKey, List<ClaimId>>> byPatient = new HashMap<>();
            return (key, self) -> {
                Map<ServiceKey, List<ClaimId>> services = byPatient.computeIfAbsent(key.patientId(),
                        this::servicesOf);
                for (ClaimId id : services.getOrDefault(key, List.of())) {
                    if (!id.equals(self)) {
                        return id;
                    }
                }
                return null;
            };
        }

        /** The services of a patient's claims that were not rejected, with up to two claims each. */
        private Map<ServiceKey, List<ClaimId>> servicesOf(PatientId patient) {
            Map<ServiceKey, List<ClaimId>> found = new HashMap<>();
            for (Object[] row : em.createQuery("select c.id, l.serviceFrom, l.procedureCode, l.charge"
                            + " from ClaimEntity c join c.serviceLines l where c.practiceId = :practice"
                            + " and c.patientId = :patient and c.status <> :rejected", Object[].class)
                    .setParameter("practice", practiceKey)
                    .setParameter("patient", patient.toString())
                    .setParameter("rejected", ClaimStatus.REJECTED.name())
                    .getResultList()) {
                if (row[1] == null) {
                    continue;
                }
                ServiceKey key = new ServiceKey(patient, (LocalDate) row[1], (String) row[2],
                        ((BigDecimal) row[3]).setScale(2));
                List<ClaimId> ids = found.computeIfAbsent(key, k -> new ArrayList<>(2));
                ClaimId id = new ClaimId(UUID.fromString((String) row[0]));
                if (ids.size() < 2 && !ids.contains(id)) {
                    ids.add(id);
                }
            }
            return found;
        }
    }

    private Optional<ClaimEntity> entity(ClaimId id) {
        List<ClaimEntity> rows = em.createQuery("select c from ClaimEntity c where c.practiceId = :practice"
                        + " and c.id = :id", ClaimEntity.class)
                .setParameter("practice", practiceKey).setParameter("id", id.toString())
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static List<StoredClaim> stored(TypedQuery<ClaimEntity> query) {
        List<StoredClaim> result = new ArrayList<>();
        for (ClaimEntity e : query.getResultList()) {
            result.add(ClaimMapper.toStored(e));
        }
        return result;
    }

    private void requireOwn(Claim claim) {
        if (!claim.practiceId().equals(practice)) {
            throw new IllegalArgumentException("claim " + claim.id() + " belongs to another practice");
        }
    }
}
