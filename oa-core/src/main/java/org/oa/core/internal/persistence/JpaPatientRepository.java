package org.oa.core.internal.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.DuplicateCheck;
import org.oa.core.patient.ExternalId;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientPage;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientRecordAction;
import org.oa.core.patient.PatientRecordEvent;
import org.oa.core.patient.PatientRecordListener;
import org.oa.core.patient.PatientRepository;
import org.oa.core.patient.PatientSearch;
import org.oa.core.patient.PersonName;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.RecordProblem;
import org.oa.core.practice.SaveResult;

/**
 * {@link PatientRepository} over JPA for one practice. Every query carries {@code practiceId = :practice}; lookups
 * by ID use a query too (never {@code EntityManager.find}, which knows no practice). Changes are flushed before
 * the listener hears of them, so that it only hears of what the database accepted. Joins the caller's
 * transaction.
 */
public final class JpaPatientRepository implements PatientRepository {

    private final EntityManager em;
    private final PracticeId practice;
    private final String practiceKey;
    private final PatientRecordListener listener;
    private final Clock clock;

    public JpaPatientRepository(EntityManager em, PracticeId practice, PatientRecordListener listener, Clock clock) {
        this.em = Objects.requireNonNull(em, "entity manager");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.practiceKey = practice.toString();
        this.listener = Objects.requireNonNull(listener, "listener");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PracticeId practiceId() {
        return practice;
    }

    @Override
    public SaveResult<PatientRecord> create(PatientRecord patient, DuplicateCheck check) {
        requireOwn(patient);
        Objects.requireNonNull(check, "duplicate check");
        if (entity(patient.id()).isPresent()) {
            return SaveResult.refused(RecordProblem.Code.ID_TAKEN, "patient.id", "This patient is already registered.");
        }
        List<RecordProblem> problems = new ArrayList<>();
        if (accountNumberTaken(patient)) {
            problems.add(accountNumberTakenProblem());
        }
        if (externalIdTaken(patient)) {
            problems.add(externalIdTakenProblem());
        }
        if (check == DuplicateCheck.CHECK && !duplicates(patient.name(), patient.birthDate()).isEmpty()) {
            problems.add(new RecordProblem(RecordProblem.Code.POSSIBLE_DUPLICATE, "patient",
                    "A patient with the same name and date of birth is already registered: check that this is"
                            + " another person before registering."));
        }
        if (!problems.isEmpty()) {
            return new SaveResult.Refused<>(problems);
        }
        PatientEntity e = new PatientEntity();
        e.id = patient.id().toString();
        e.practiceId = practiceKey;
        PatientMapper.copy(patient, e);
        e.createdAt = now();
        e.updatedAt = e.createdAt;
        em.persist(e);
        em.flush();
        PatientRecord stored = PatientMapper.record(e);
        tell(stored.id(), PatientRecordAction.CREATED, "");
        return new SaveResult.Saved<>(stored);
    }

    @Override
    public SaveResult<PatientRecord> update(PatientRecord patient) {
        requireOwn(patient);
        if (!patient.isStored()) {
            throw new IllegalArgumentException("update needs a patient record as read (with its stamps)");
        }
        Optional<PatientEntity> row = entity(patient.id());
        if (row.isEmpty()) {
            return SaveResult.refused(RecordProblem.Code.NOT_FOUND, "patient.id",
                    "This patient is not registered with the practice.");
        }
        PatientEntity e = row.get();
        PatientRecord current = PatientMapper.record(e);
        if (!current.updatedAt().equals(patient.updatedAt())) {
            return SaveResult.refused(RecordProblem.Code.CHANGED_SINCE_READ, "patient.updatedAt",
                    "Someone else changed this patient's record in the meantime: open it again and redo the change.");
        }
        if (!current.accountNumber().equals(patient.accountNumber()) && accountNumberTaken(patient)) {
            return new SaveResult.Refused<>(List.of(accountNumberTakenProblem()));
        }
        if (!Objects.equals(current.externalId(), patient.externalId()) && externalIdTaken(patient)) {
            return new SaveResult.Refused<>(List.of(externalIdTakenProblem()));
        }
        List<String> changed = changedFields(current, patient);
        if (changed.isEmpty()) {
            return new SaveResult.Saved<>(current);
        }
        LocalDateTime previous = e.updatedAt;
        PatientMapper.copy(patient, e);
        LocalDateTime now = now();
        e.updatedAt = now.isAfter(previous) ? now : previous.plus(1, ChronoUnit.MICROS);
        em.flush();
        PatientRecord stored = PatientMapper.record(e);
        tell(stored.id(), PatientRecordAction.UPDATED, String.join(",", changed));
        return new SaveResult.Saved<>(stored);
    }

    /** The names of the fields whose values differ (never the values: they are PHI). */
    static List<String> changedFields(PatientRecord a, PatientRecord b) {
        Map<String, Boolean> same = new LinkedHashMap<>();
        same.put("accountNumber", a.accountNumber().equals(b.accountNumber()));
        same.put("externalId", Objects.equals(a.externalId(), b.externalId()));
        same.put("name", a.name().equals(b.name()));
        same.put("birthDate", a.birthDate().equals(b.birthDate()));
        same.put("sex", a.sex() == b.sex());
        same.put("address", a.address().equals(b.address()));
        same.put("phones", a.phones().equals(b.phones()));
        same.put("email", a.email().equals(b.email()));
        same.put("preferredLanguage", a.preferredLanguage().equals(b.preferredLanguage()));
        same.put("guarantor", a.guarantor().equals(b.guarantor()));
        same.put("status", a.status() == b.status());
        List<String> changed = new ArrayList<>();
        same.forEach((field, equal) -> {
            if (!equal) {
                changed.add(field);
            }
        });
        return changed;
    }

    @Override
    public Optional<PatientRecord> find(PatientId id) {
        return entity(id).map(e -> viewed(PatientMapper.record(e)));
    }

    @Override
    public Optional<PatientRecord> findByAccountNumber(AccountNumber accountNumber) {
        return em.createQuery("select p from PatientEntity p where p.practiceId = :practice"
                        + " and p.accountNumber = :number", PatientEntity.class)
                .setParameter("practice", practiceKey).setParameter("number", accountNumber.value())
                .getResultStream().findFirst().map(e -> viewed(PatientMapper.record(e)));
    }

    @Override
    public Optional<PatientRecord> findByExternalId(ExternalId externalId) {
        return em.createQuery("select p from PatientEntity p where p.practiceId = :practice"
                        + " and p.externalId = :external", PatientEntity.class)
                .setParameter("practice", practiceKey).setParameter("external", externalId.value())
                .getResultStream().findFirst().map(e -> viewed(PatientMapper.record(e)));
    }

    private PatientRecord viewed(PatientRecord record) {
        tell(record.id(), PatientRecordAction.VIEWED, "");
        return record;
    }

    @Override
    public PatientPage search(PatientSearch search) {
        StringBuilder where = new StringBuilder(" where p.practiceId = :practice");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("practice", practiceKey);
        if (!search.name().isEmpty()) {
            int comma = search.name().indexOf(',');
            if (comma >= 0) {
                where.append(" and p.lastNameKey like :last and p.firstNameKey like :first");
                parameters.put("last", NameKey.of(search.name().substring(0, comma)) + "%");
                parameters.put("first", NameKey.of(search.name().substring(comma + 1)) + "%");
            } else {
                where.append(" and (p.lastNameKey like :name or p.firstNameKey like :name)");
                parameters.put("name", NameKey.of(search.name()) + "%");
            }
        }
        if (search.birthDate() != null) {
            where.append(" and p.birthDate = :birth");
            parameters.put("birth", search.birthDate());
        }
        if (search.accountNumber() != null) {
            where.append(" and p.accountNumber = :number");
            parameters.put("number", search.accountNumber().value());
        }
        if (!search.phone().isEmpty()) {
            where.append(" and (p.homePhone = :phone or p.mobilePhone = :phone or p.workPhone = :phone)");
            parameters.put("phone", search.phone());
        }
        if (search.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", search.status().name());
        }
        String direction = search.sort() == PatientSearch.Sort.NAME_DESCENDING ? " desc" : "";
        String order = " order by p.lastNameKey" + direction + ", p.firstNameKey" + direction + ", p.birthDate"
                + direction + ", p.id" + direction;
        TypedQuery<Long> count = em.createQuery("select count(p) from PatientEntity p" + where, Long.class);
        TypedQuery<PatientEntity> page = em.createQuery("select p from PatientEntity p" + where + order,
                PatientEntity.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        long total = count.getSingleResult();
        List<PatientRecord> patients = total <= search.offset() ? List.of()
                : listed(page.setFirstResult(search.offset()).setMaxResults(search.limit()).getResultList());
        return new PatientPage(patients, total, search.offset(), search.limit());
    }

    @Override
    public List<PatientRecord> findPossibleDuplicates(PersonName name, LocalDate birthDate) {
        return listed(duplicates(name, birthDate));
    }

    private List<PatientEntity> duplicates(PersonName name, LocalDate birthDate) {
        return em.createQuery("select p from PatientEntity p where p.practiceId = :practice"
                        + " and p.lastNameKey = :last and p.firstNameKey = :first and p.birthDate = :birth"
                        + " order by p.lastNameKey, p.firstNameKey, p.id", PatientEntity.class)
                .setParameter("practice", practiceKey).setParameter("last", NameKey.of(name.last()))
                .setParameter("first", NameKey.of(name.first())).setParameter("birth", birthDate)
                .getResultList();
    }

    private List<PatientRecord> listed(List<PatientEntity> rows) {
        List<PatientRecord> records = new ArrayList<>(rows.size());
        for (PatientEntity e : rows) {
            records.add(PatientMapper.record(e));
        }
        for (PatientRecord r : records) {
            tell(r.id(), PatientRecordAction.LISTED, "");
        }
        return records;
    }

    @Override
    public List<PatientId> findClaimCandidates(String memberId, LocalDate birthDate, String lastName) {
        List<String> ids = em.createQuery("select distinct p.id from PatientEntity p, CoverageEntity c"
                        + " where p.practiceId = :practice and c.practiceId = :practice and c.patientId = p.id"
                        + " and c.memberId = :member and p.birthDate = :birth and p.lastNameKey = :last"
                        + " order by p.id", String.class)
                .setParameter("practice", practiceKey).setParameter("member", memberId.strip())
                .setParameter("birth", birthDate).setParameter("last", NameKey.of(lastName))
                .getResultList();
        List<PatientId> candidates = new ArrayList<>(ids.size());
        for (String id : ids) {
            candidates.add(new PatientId(UUID.fromString(id.strip())));
        }
        for (PatientId id : candidates) {
            tell(id, PatientRecordAction.MATCHED, "");
        }
        return candidates;
    }

    /** Whether the practice has a patient with this ID (for coverages and claim links). */
    static boolean exists(EntityManager em, String practiceKey, PatientId id) {
        return em.createQuery("select count(p) from PatientEntity p where p.practiceId = :practice"
                        + " and p.id = :id", Long.class)
                .setParameter("practice", practiceKey).setParameter("id", id.toString()).getSingleResult() > 0;
    }

    private boolean accountNumberTaken(PatientRecord patient) {
        return em.createQuery("select count(p) from PatientEntity p where p.practiceId = :practice"
                        + " and p.accountNumber = :number and p.id <> :id", Long.class)
                .setParameter("practice", practiceKey).setParameter("number", patient.accountNumber().value())
                .setParameter("id", patient.id().toString()).getSingleResult() > 0;
    }

    private boolean externalIdTaken(PatientRecord patient) {
        return patient.externalId() != null && em.createQuery("select count(p) from PatientEntity p"
                        + " where p.practiceId = :practice and p.externalId = :external and p.id <> :id", Long.class)
                .setParameter("practice", practiceKey).setParameter("external", patient.externalId().value())
                .setParameter("id", patient.id().toString()).getSingleResult() > 0;
    }

    static RecordProblem externalIdTakenProblem() {
        return new RecordProblem(RecordProblem.Code.EXTERNAL_ID_TAKEN, "patient.externalId",
                "Another patient of the practice has this external ID.");
    }

    private static RecordProblem accountNumberTakenProblem() {
        return new RecordProblem(RecordProblem.Code.ACCOUNT_NUMBER_TAKEN, "patient.accountNumber",
                "Another patient of the practice has this account number.");
    }

    private Optional<PatientEntity> entity(PatientId id) {
        return em.createQuery("select p from PatientEntity p where p.practiceId = :practice and p.id = :id",
                        PatientEntity.class)
                .setParameter("practice", practiceKey).setParameter("id", id.toString())
                .getResultStream().findFirst();
    }

    private LocalDateTime now() {
        Instant instant = clock.instant();
        return ClaimMapper.utc(instant);
    }

    private void tell(PatientId patient, PatientRecordAction action, String detail) {
        listener.onEvent(new PatientRecordEvent(practice, patient, action, detail));
    }

    private void requireOwn(PatientRecord patient) {
        if (!patient.practiceId().equals(practice)) {
            throw new IllegalArgumentException("patient " + patient.id() + " belongs to another practice");
        }
    }
}
