package org.oa.core.internal.persistence;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import org.oa.core.OaCoreException;
import org.oa.core.contact.Address;
import org.oa.core.contact.PhoneType;
import org.oa.core.internal.imports.ImportFile;
import org.oa.core.internal.imports.ImportRow;
import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.CoverageId;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientRecordAction;
import org.oa.core.patient.PatientRecordEvent;
import org.oa.core.patient.PatientRecordListener;
import org.oa.core.patient.PatientRelationship;
import org.oa.core.patient.PersonName;
import org.oa.core.patient.RelatedPerson;
import org.oa.core.patient.imports.ImportColumn;
import org.oa.core.patient.imports.ImportPreview;
import org.oa.core.patient.imports.ImportProblem;
import org.oa.core.patient.imports.ImportResult;
import org.oa.core.patient.imports.PatientImport;
import org.oa.core.patient.imports.RowOutcome;
import org.oa.core.payer.PayerList;
import org.oa.core.practice.PracticeId;

/**
 * {@link PatientImport} over JPA for one practice. A plan is made from three queries of the practice (patients
 * with an external ID, all account numbers, primary coverages), whatever the file's size; the import then
 * persists new rows and changes loaded entities, flushing twice (patients, then coverages, so that every coverage
 * row follows its patient row), with the persistence unit's JDBC batch writing. Joins the caller's transaction.
 */
public final class JpaPatientImport implements PatientImport {

    private final EntityManager em;
    private final PracticeId practice;
    private final String practiceKey;
    private final PatientRecordListener listener;
    private final PayerList payers;
    private final Clock clock;

    public JpaPatientImport(EntityManager em, PracticeId practice, PatientRecordListener listener, PayerList payers,
                            Clock clock) {
        this.em = Objects.requireNonNull(em, "entity manager");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.practiceKey = practice.toString();
        this.listener = Objects.requireNonNull(listener, "listener");
        this.payers = Objects.requireNonNull(payers, "payer list");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PracticeId practiceId() {
        return practice;
    }

    @Override
    public ImportPreview preview(Reader csv) throws IOException {
        return plan(csv).report(List.of());
    }

    @Override
    public ImportResult importRows(Reader csv) throws IOException {
        Plan plan = plan(csv);
        ImportPreview report = plan.report(List.of());
        if (!report.isImportable()) {
            return new ImportResult.Refused(report);
        }
        return new ImportResult.Imported(apply(plan));
    }

    /** What to do with one row. */
    private static final class Step {
        final ImportFile.Row row;
        List<ImportProblem> problems = new ArrayList<>(0);
        RowOutcome.Action action;
        PatientEntity stored;
        PatientRecord target;
        List<String> patientChanges = List.of();
        CoverageRecord coverage;
        CoverageEntity storedCoverage;
        boolean coverageChanged;

        Step(ImportFile.Row row) {
            this.row = row;
        }

        List<String> changes() {
            List<String> all = new ArrayList<>(patientChanges);
            if (coverageChanged) {
                all.add("coverage");
            }
            return all;
        }
    }

    private record Plan(ImportFile file, List<Step> steps, Set<String> accountNumbers) {
        ImportPreview report(List<PatientId> created) {
            List<RowOutcome> rows = new ArrayList<>(steps.size());
            int next = 0;
            for (Step s : steps) {
                PatientId id = s.stored != null ? PatientMapper.record(s.stored).id()
                        : s.action == RowOutcome.Action.CREATE && !created.isEmpty() ? created.get(next++) : null;
                rows.add(new RowOutcome(s.row.row(), s.action, id,
                        s.action == RowOutcome.Action.UPDATE ? s.changes() : List.of(), s.problems));
            }
            return new ImportPreview(file.fileProblems(), rows);
        }
    }

    private Plan plan(Reader csv) throws IOException {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        ImportFile file = ImportFile.read(csv, payers, today);
        List<Step> steps = new ArrayList<>(file.rows().size());
        if (!file.fileProblems().isEmpty()) {
            return new Plan(file, steps, Set.of());
        }
        Map<String, PatientEntity> byExternalId = new HashMap<>();
        for (PatientEntity e : em.createQuery("select p from PatientEntity p where p.practiceId = :practice"
                + " and p.externalId is not null", PatientEntity.class)
                .setParameter("practice", practiceKey).getResultList()) {
            byExternalId.put(e.externalId, e);
        }
        Map<String, String> accountOwners = new HashMap<>();
        for (Object[] r : em.createQuery("select p.accountNumber, p.id from PatientEntity p"
                + " where p.practiceId = :practice", Object[].class)
                .setParameter("practice", practiceKey).getResultList()) {
            accountOwners.put((String) r[0], ((String) r[1]).strip());
        }
        Map<String, List<CoverageEntity>> primaries = new HashMap<>();
        if (!byExternalId.isEmpty()) {
            for (CoverageEntity c : em.createQuery("select c from CoverageEntity c where c.practiceId = :practice"
                    + " and c.priority = :primary", CoverageEntity.class)
                    .setParameter("practice", practiceKey).setParameter("primary", CoveragePriority.PRIMARY.name())
                    .getResultList()) {
                primaries.computeIfAbsent(c.patientId.strip(), k -> new ArrayList<>(1)).add(c);
            }
        }
        for (ImportFile.Row row : file.rows()) {
            Step step = new Step(row);
            steps.add(step);
            if (!row.problems().isEmpty()) {
                step.problems.addAll(row.problems());
                step.action = RowOutcome.Action.INVALID;
                continue;
            }
            ImportRow values = row.values();
            PatientEntity stored = byExternalId.get(values.externalId().value());
            AccountNumber asked = values.accountNumber();
            if (stored == null) {
                if (asked != null && accountOwners.containsKey(asked.value())) {
                    step.problems.add(accountTaken(row.row()));
                }
                step.action = RowOutcome.Action.CREATE;
                if (values.coverage() != null) {
                    step.coverage = newCoverage(values, null, null);
                }
            } else {
                step.stored = stored;
                PatientRecord current = PatientMapper.record(stored);
                tell(current.id(), PatientRecordAction.MATCHED, "");
                if (asked != null && !asked.equals(current.accountNumber())
                        && accountOwners.containsKey(asked.value())) {
                    step.problems.add(accountTaken(row.row()));
                }
                step.target = merged(current, values, file.columns());
                step.patientChanges = JpaPatientRepository.changedFields(current, step.target);
                if (values.coverage() != null) {
                    planCoverage(step, current.id(), primaries.getOrDefault(stored.id.strip(), List.of()), today);
                }
                step.action = step.patientChanges.isEmpty() && !step.coverageChanged ? RowOutcome.Action.UNCHANGED
                        : RowOutcome.Action.UPDATE;
            }
            if (!step.problems.isEmpty()) {
                step.action = RowOutcome.Action.INVALID;
            }
        }
        return new Plan(file, steps, accountOwners.keySet());
    }

    private static ImportProblem accountTaken(int row) {
        return new ImportProblem(row, ImportColumn.ACCOUNT_NUMBER.header(), ImportProblem.Code.ACCOUNT_NUMBER_TAKEN,
                "Another patient of the practice has this account number.");
    }

    /**
     * The stored patient with the row's values in the columns the file has; columns it lacks keep their stored
     * values.
     */
    private static PatientRecord merged(PatientRecord current, ImportRow v, Set<ImportColumn> columns) {
        PatientRecord.Builder b = current.toBuilder();
        String middle = columns.contains(ImportColumn.MIDDLE_NAME) ? v.name().middle() : current.name().middle();
        b.name(new PersonName(v.name().first(), middle, v.name().last())).birthDate(v.birthDate());
        if (v.accountNumber() != null) {
            b.accountNumber(v.accountNumber());
        }
        if (columns.contains(ImportColumn.SEX)) {
            b.sex(v.sex());
        }
        Address a = current.address();
        b.address(new Address(
                columns.contains(ImportColumn.ADDRESS_LINE1) ? v.address().line1() : a.line1(),
                columns.contains(ImportColumn.ADDRESS_LINE2) ? v.address().line2() : a.line2(),
                columns.contains(ImportColumn.CITY) ? v.address().city() : a.city(),
                columns.contains(ImportColumn.STATE) ? v.address().state() : a.state(),
                columns.contains(ImportColumn.ZIP) ? v.address().zip() : a.zip()));
        phone(b, columns.contains(ImportColumn.HOME_PHONE), PhoneType.HOME, v.homePhone());
        phone(b, columns.contains(ImportColumn.MOBILE_PHONE), PhoneType.MOBILE, v.mobilePhone());
        if (columns.contains(ImportColumn.EMAIL)) {
            b.email(v.email());
        }
        return b.build();
    }

    private static void phone(PatientRecord.Builder b, boolean inFile, PhoneType type, String number) {
        if (inFile) {
            if (number == null) {
                b.noPhone(type);
            } else {
                b.phone(type, number);
            }
        }
    }

    /**
     * The row's coverage against the patient's primary coverage in effect today: changed in place when it differs,
     * added (from today, or since ever when the patient has no primary coverage) when there is none.
     */
    private void planCoverage(Step step, PatientId patient, List<CoverageEntity> stored, LocalDate today) {
        ImportRow v = step.row.values();
        List<CoverageRecord> existing = new ArrayList<>(stored.size());
        for (CoverageEntity e : stored) {
            CoverageRecord c = PatientMapper.coverage(e);
            existing.add(c);
            if (c.isInEffectOn(today)) {
                CoverageRecord wanted = newCoverage(v, c, patient);
                if (!wanted.equals(c)) {
                    step.coverage = wanted;
                    step.storedCoverage = e;
                    step.coverageChanged = true;
                }
                return;
            }
        }
        CoverageRecord added = newCoverage(v, null, patient);
        if (!existing.isEmpty()) {
            added = new CoverageRecord(added.id(), patient, added.payerId(), added.memberId(), added.groupNumber(),
                    added.relationship(), added.subscriber(), CoveragePriority.PRIMARY, today, null);
        }
        for (CoverageRecord other : existing) {
            if (other.overlaps(added)) {
                step.problems.add(new ImportProblem(step.row.row(), ImportColumn.PAYER_ID.header(),
                        ImportProblem.Code.COVERAGE_CONFLICT, "The patient has another primary coverage starting"
                        + " later: end or remove it in the practice record first."));
                return;
            }
        }
        step.coverage = added;
        step.coverageChanged = true;
    }

    /**
     * The row's coverage as a record: a new one (random ID, patient still unknown for a new patient) when
     * {@code current} is null, otherwise {@code current} with the row's values (the subscriber keeps a stored
     * address and phone, which the format does not carry).
     */
    private static CoverageRecord newCoverage(ImportRow v, CoverageRecord current, PatientId patient) {
        ImportRow.CoverageValues c = v.coverage();
        RelatedPerson subscriber = null;
        if (c.relationship() != PatientRelationship.SELF) {
            RelatedPerson before = current == null ? null : current.subscriber();
            subscriber = new RelatedPerson(c.subscriberName(), c.subscriberBirthDate(), c.subscriberSex(),
                    before == null ? null : before.address(), before == null ? null : before.phone());
        }
        PatientId owner = patient != null ? patient : PatientId.random();
        return current == null
                ? new CoverageRecord(CoverageId.random(), owner, c.payerId(), c.memberId(), c.groupNumber(),
                        c.relationship(), subscriber, CoveragePriority.PRIMARY, null, null)
                : new CoverageRecord(current.id(), current.patientId(), c.payerId(), c.memberId(), c.groupNumber(),
                        c.relationship(), subscriber, CoveragePriority.PRIMARY, current.effectiveFrom(),
                        current.effectiveTo());
    }

    private ImportPreview apply(Plan plan) {
        LocalDateTime now = ClaimMapper.utc(clock.instant());
        AccountNumbers numbers = new AccountNumbers(plan.accountNumbers(), plan.steps());
        List<PatientId> created = new ArrayList<>();
        List<CoverageEntity> newCoverages = new ArrayList<>();
        try {
            for (Step s : plan.steps()) {
                ImportRow v = s.row.values();
                if (s.action == RowOutcome.Action.CREATE) {
                    PatientRecord record = merged(PatientRecord.builder().id(PatientId.random()).practiceId(practice)
                            .accountNumber(v.accountNumber() != null ? v.accountNumber() : numbers.next())
                            .externalId(v.externalId()).name(v.name()).birthDate(v.birthDate()).build(), v,
                            plan.file().columns());
                    PatientEntity e = new PatientEntity();
                    e.id = record.id().toString();
                    e.practiceId = practiceKey;
                    PatientMapper.copy(record, e);
                    e.createdAt = now;
                    e.updatedAt = now;
                    em.persist(e);
                    created.add(record.id());
                    if (s.coverage != null) {
                        CoverageRecord c = s.coverage;
                        s.coverage = new CoverageRecord(c.id(), record.id(), c.payerId(), c.memberId(),
                                c.groupNumber(), c.relationship(), c.subscriber(), c.priority(), c.effectiveFrom(),
                                c.effectiveTo());
                        newCoverages.add(coverageEntity(s.coverage));
                    }
                } else if (s.action == RowOutcome.Action.UPDATE) {
                    if (!s.patientChanges.isEmpty()) {
                        LocalDateTime previous = s.stored.updatedAt;
                        PatientMapper.copy(s.target, s.stored);
                        s.stored.updatedAt = now.isAfter(previous) ? now : previous.plus(1, ChronoUnit.MICROS);
                    }
                    if (s.coverageChanged && s.storedCoverage != null) {
                        PatientMapper.copy(s.coverage, s.storedCoverage);
                    } else if (s.coverageChanged) {
                        newCoverages.add(coverageEntity(s.coverage));
                    }
                }
            }
            em.flush();
            for (CoverageEntity e : newCoverages) {
                em.persist(e);
            }
            em.flush();
        } catch (PersistenceException e) {
            // The driver's message may quote values (PostgreSQL names the duplicate key): keep it out of ours.
            throw new OaCoreException("importing patients failed: the database refused the rows, e.g. because"
                    + " another user registered an account number or external ID meanwhile", e);
        }
        int next = 0;
        for (Step s : plan.steps()) {
            if (s.action == RowOutcome.Action.CREATE) {
                PatientId id = created.get(next++);
                tell(id, PatientRecordAction.CREATED, "");
                if (s.coverage != null) {
                    tell(id, PatientRecordAction.COVERAGE_ADDED, s.coverage.id().toString());
                }
            } else if (s.action == RowOutcome.Action.UPDATE) {
                PatientId id = s.target.id();
                if (!s.patientChanges.isEmpty()) {
                    tell(id, PatientRecordAction.UPDATED, String.join(",", s.patientChanges));
                }
                if (s.coverageChanged) {
                    tell(id, s.storedCoverage != null ? PatientRecordAction.COVERAGE_UPDATED
                            : PatientRecordAction.COVERAGE_ADDED, s.coverage.id().toString());
                }
            }
        }
        return plan.report(created);
    }

    private CoverageEntity coverageEntity(CoverageRecord c) {
        CoverageEntity e = new CoverageEntity();
        e.id = c.id().toString();
        e.practiceId = practiceKey;
        e.patientId = c.patientId().toString();
        PatientMapper.copy(c, e);
        return e;
    }

    /**
     * Account numbers for new patients without one: counting up from one more than the largest all-digit account
     * number of the practice or the file, skipping any in use.
     */
    private static final class AccountNumbers {
        private final Set<String> taken;
        private long next;

        AccountNumbers(Set<String> stored, List<Step> steps) {
            taken = new HashSet<>(stored);
            for (Step s : steps) {
                if (s.row.values() != null && s.row.values().accountNumber() != null) {
                    taken.add(s.row.values().accountNumber().value());
                }
            }
            long max = 0;
            for (String number : taken) {
                if (number.length() <= 18 && number.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    max = Math.max(max, Long.parseLong(number));
                }
            }
            next = max + 1;
        }

        AccountNumber next() {
            String number;
            do {
                number = Long.toString(next++);
            } while (taken.contains(number));
            taken.add(number);
            return new AccountNumber(number);
        }
    }

    private void tell(PatientId patient, PatientRecordAction action, String detail) {
        listener.onEvent(new PatientRecordEvent(practice, patient, action, detail));
    }
}
