package org.oa.core.internal.persistence;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.oa.core.patient.CoverageId;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.CoverageRepository;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecordAction;
import org.oa.core.patient.PatientRecordEvent;
import org.oa.core.patient.PatientRecordListener;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.RecordProblem;
import org.oa.core.practice.SaveResult;

/**
 * {@link CoverageRepository} over JPA for one practice; every query carries {@code practiceId = :practice}. Adding
 * or changing a coverage first locks the patient's row, so that two users adding a primary coverage at the same
 * time cannot both pass the overlap check. Joins the caller's transaction.
 */
public final class JpaCoverageRepository implements CoverageRepository {

    /** Order (primary first), then start (unknown first), then ID: the same order on every database. */
    private static final Comparator<CoverageRecord> ORDER = Comparator.comparing(CoverageRecord::priority)
            .thenComparing(CoverageRecord::effectiveFrom, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(c -> c.id().toString());

    private final EntityManager em;
    private final PracticeId practice;
    private final String practiceKey;
    private final PatientRecordListener listener;

    public JpaCoverageRepository(EntityManager em, PracticeId practice, PatientRecordListener listener) {
        this.em = Objects.requireNonNull(em, "entity manager");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.practiceKey = practice.toString();
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public PracticeId practiceId() {
        return practice;
    }

    @Override
    public List<CoverageRecord> findByPatient(PatientId patient) {
        List<CoverageRecord> coverages = coveragesOf(patient);
        if (!coverages.isEmpty()) {
            tell(patient, PatientRecordAction.COVERAGE_VIEWED, "");
        }
        return coverages;
    }

    @Override
    public List<CoverageRecord> findInEffect(PatientId patient, LocalDate day) {
        Objects.requireNonNull(day, "day");
        List<CoverageRecord> coverages = coveragesOf(patient).stream().filter(c -> c.isInEffectOn(day)).toList();
        if (!coverages.isEmpty()) {
            tell(patient, PatientRecordAction.COVERAGE_VIEWED, "");
        }
        return coverages;
    }

    @Override
    public Optional<CoverageRecord> find(CoverageId id) {
        Optional<CoverageRecord> coverage = row(id).map(PatientMapper::coverage);
        coverage.ifPresent(c -> tell(c.patientId(), PatientRecordAction.COVERAGE_VIEWED, c.id().toString()));
        return coverage;
    }

    @Override
    public SaveResult<CoverageRecord> add(CoverageRecord coverage) {
        if (!lockPatient(coverage.patientId())) {
            return SaveResult.refused(RecordProblem.Code.NOT_FOUND, "coverage.patientId",
                    "This patient is not registered with the practice.");
        }
        if (row(coverage.id()).isPresent()) {
            return SaveResult.refused(RecordProblem.Code.ID_TAKEN, "coverage.id", "This coverage is already stored.");
        }
        Optional<SaveResult<CoverageRecord>> overlap = overlap(coverage);
        if (overlap.isPresent()) {
            return overlap.get();
        }
        CoverageEntity e = new CoverageEntity();
        e.id = coverage.id().toString();
        e.practiceId = practiceKey;
        e.patientId = coverage.patientId().toString();
        PatientMapper.copy(coverage, e);
        em.persist(e);
        em.flush();
        CoverageRecord stored = PatientMapper.coverage(e);
        tell(stored.patientId(), PatientRecordAction.COVERAGE_ADDED, stored.id().toString());
        return new SaveResult.Saved<>(stored);
    }

    @Override
    public SaveResult<CoverageRecord> update(CoverageRecord coverage) {
        Optional<CoverageEntity> row = row(coverage.id());
        if (row.isEmpty()) {
            return SaveResult.refused(RecordProblem.Code.NOT_FOUND, "coverage.id",
                    "This coverage is not stored for a patient of the practice.");
        }
        CoverageEntity e = row.get();
        if (!e.patientId.strip().equals(coverage.patientId().toString())) {
            throw new IllegalArgumentException("coverage " + coverage.id() + " cannot move to another patient");
        }
        lockPatient(coverage.patientId());
        CoverageRecord current = PatientMapper.coverage(e);
        if (current.equals(coverage)) {
            return new SaveResult.Saved<>(current);
        }
        Optional<SaveResult<CoverageRecord>> overlap = overlap(coverage);
        if (overlap.isPresent()) {
            return overlap.get();
        }
        PatientMapper.copy(coverage, e);
        em.flush();
        CoverageRecord stored = PatientMapper.coverage(e);
        tell(stored.patientId(), PatientRecordAction.COVERAGE_UPDATED, stored.id().toString());
        return new SaveResult.Saved<>(stored);
    }

    @Override
    public boolean remove(CoverageId id) {
        Optional<CoverageEntity> row = row(id);
        row.ifPresent(e -> {
            PatientId patient = PatientMapper.coverage(e).patientId();
            em.remove(e);
            em.flush();
            tell(patient, PatientRecordAction.COVERAGE_REMOVED, id.toString());
        });
        return row.isPresent();
    }

    private Optional<SaveResult<CoverageRecord>> overlap(CoverageRecord coverage) {
        for (CoverageRecord other : coveragesOf(coverage.patientId())) {
            if (!other.id().equals(coverage.id()) && other.overlaps(coverage)) {
                String order = coverage.priority().name().toLowerCase(Locale.ROOT);
                return Optional.of(SaveResult.refused(RecordProblem.Code.COVERAGE_ORDER_OVERLAP, "coverage.priority",
                        "The patient has another " + order + " coverage in effect in this period: end it first or"
                                + " choose another order."));
            }
        }
        return Optional.empty();
    }

    /** Locks the practice's patient row until the transaction ends; false when the practice has no such patient. */
    private boolean lockPatient(PatientId patient) {
        return !em.createQuery("select p from PatientEntity p where p.practiceId = :practice and p.id = :id",
                        PatientEntity.class)
                .setParameter("practice", practiceKey).setParameter("id", patient.toString())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().isEmpty();
    }

    private List<CoverageRecord> coveragesOf(PatientId patient) {
        return em.createQuery("select c from CoverageEntity c where c.practiceId = :practice"
                        + " and c.patientId = :patient", CoverageEntity.class)
                .setParameter("practice", practiceKey).setParameter("patient", patient.toString())
                .getResultList().stream().map(PatientMapper::coverage).sorted(ORDER).toList();
    }

    private Optional<CoverageEntity> row(CoverageId id) {
        return em.createQuery("select c from CoverageEntity c where c.practiceId = :practice and c.id = :id",
                        CoverageEntity.class)
                .setParameter("practice", practiceKey).setParameter("id", id.toString())
                .getResultStream().findFirst();
    }

    private void tell(PatientId patient, PatientRecordAction action, String detail) {
        listener.onEvent(new PatientRecordEvent(practice, patient, action, detail));
    }
}
