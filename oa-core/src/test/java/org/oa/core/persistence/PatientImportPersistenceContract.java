package org.oa.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oa.core.contact.PhoneType;
import org.oa.core.identifier.MemberId;
import org.oa.core.identifier.Npi;
import org.oa.core.identifier.PayerId;
import org.oa.core.identifier.TaxId;
import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.DuplicateCheck;
import org.oa.core.patient.ExternalId;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientRecordAction;
import org.oa.core.patient.PatientRecordEvent;
import org.oa.core.patient.PatientRecordListener;
import org.oa.core.patient.PatientRelationship;
import org.oa.core.patient.PatientSearch;
import org.oa.core.patient.PersonName;
import org.oa.core.patient.Sex;
import org.oa.core.patient.imports.ImportPreview;
import org.oa.core.patient.imports.ImportProblem;
import org.oa.core.patient.imports.ImportResult;
import org.oa.core.patient.imports.RowOutcome;
import org.oa.core.payer.PayerList;
import org.oa.core.practice.Location;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.RecordProblem;

/**
 * What every database must do for external IDs and the CSV patient import; run on Derby and PostgreSQL by
 * subclasses. Each test creates its own practices (random IDs), so test classes can share one server. All data is
 * synthetic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PatientImportPersistenceContract {

    private static final Instant T0 = Instant.parse("2026-06-15T09:30:00Z");
    private static final String HEADER = "externalId,accountNumber,lastName,firstName,birthDate,sex,addressLine1,"
            + "city,state,zip,homePhone,email,payerId,memberId,groupNumber,relationship,subscriberLastName,"
            + "subscriberFirstName\n";
    private static final String FILE = HEADER
            + "OLD-1,,Sample,Robin,2010-02-28,F,\"12 Elm Street, Apt 3\",Columbus,OH,43215,614-555-0101,"
            + "robin@example.org,SIM01,XQZ100,GRP1,,,\n"
            + "OLD-2,,Sample,Sam,03/01/2012,M,12 Elm Street,Columbus,OH,43215,,,SIM01,XQZ101,,child,Sample,Robin\n"
            + "OLD-3,A-77,Example,Kim,1970-10-10,,,,,,,,,,,,,\n";

    private EntityManagerFactory factory;
    private final List<PatientRecordEvent> events = new ArrayList<>();
    private final PatientRecordListener audit = events::add;

    abstract DataSource openDataSource();

    String unavailableReason() {
        return "database not available";
    }

    @BeforeAll
    void open() {
        DataSource dataSource = openDataSource();
        if (dataSource != null) {
            CorePersistence.migrate(dataSource);
            factory = CorePersistence.createEntityManagerFactory(dataSource);
        }
    }

    @BeforeEach
    void requireDatabase() {
        Assumptions.assumeTrue(factory != null, this::unavailableReason);
        events.clear();
    }

    @AfterAll
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private PracticeId newPractice() {
        PracticeId id = PracticeId.random();
        inTransaction(em -> {
            CorePersistence.practices(em).add(new Practice(id, "Practice " + id, new TaxId("123456789"),
                    new Npi("1234567893"), List.of(new Location(UUID.randomUUID(), "Main", "100 Main Street",
                    "Columbus", "OH", "432151234", null)), List.of()));
            return null;
        });
        return id;
    }

    private ImportResult importFile(PracticeId practice, String csv, Instant at) {
        return inTransaction(em -> {
            try {
                return CoreRepositories.patientImport(em, practice, audit, PayerList.bundled(),
                        Clock.fixed(at, ZoneOffset.UTC)).importRows(new StringReader(csv));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private ImportPreview preview(PracticeId practice, String csv) {
        return inTransaction(em -> {
            try {
                return CoreRepositories.patientImport(em, practice, audit, PayerList.bundled())
                        .preview(new StringReader(csv));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private List<PatientRecord> patientsOf(PracticeId practice) {
        return inTransaction(em -> CoreRepositories.patients(em, practice, e -> { })
                .search(PatientSearch.everyone()).patients());
    }

    private PatientRecord byExternalId(PracticeId practice, String externalId) {
        return inTransaction(em -> CoreRepositories.patients(em, practice, e -> { })
                .findByExternalId(ExternalId.of(externalId))).orElseThrow();
    }

    private List<CoverageRecord> coveragesOf(PracticeId practice, PatientId patient) {
        return inTransaction(em -> CoreRepositories.coverages(em, practice, e -> { }).findByPatient(patient));
    }

    private List<PatientRecordEvent> changes() {
        return events.stream().filter(PatientRecordEvent::isChange).toList();
    }

    @Test
    void keepsExternalIdsUniqueWithinAPracticeButNotAcrossPracticesAndFindsByThem() {
        PracticeId practice = newPractice();
        PracticeId other = newPractice();
        PatientRecord robin = PatientRecord.builder().id(PatientId.random()).practiceId(practice)
                .accountNumber(AccountNumber.of("E-1")).name(PersonName.of("Robin", "Sample"))
                .birthDate(LocalDate.of(2010, 2, 28)).externalId(ExternalId.of("OLD-1")).build();
        PatientRecord noExternal = robin.toBuilder().id(PatientId.random()).accountNumber(AccountNumber.of("E-2"))
                .name(PersonName.of("Sam", "Sample")).externalId(null).build();
        PatientRecord alsoNone = noExternal.toBuilder().id(PatientId.random()).accountNumber(AccountNumber.of("E-3"))
                .name(PersonName.of("Kim", "Sample")).build();
        var stored = inTransaction(em -> CoreRepositories.patients(em, practice, audit)
                .create(robin, DuplicateCheck.CHECK)).saved().orElseThrow();
        assertThat(stored.externalId()).isEqualTo(ExternalId.of("OLD-1"));
        assertThat(inTransaction(em -> CoreRepositories.patients(em, practice, audit).create(noExternal,
                DuplicateCheck.CHECK)).isSaved()).isTrue();
        assertThat(inTransaction(em -> CoreRepositories.patients(em, practice, audit).create(alsoNone,
                DuplicateCheck.CHECK)).isSaved()).as("any number of patients without an external ID").isTrue();

        var taken = inTransaction(em -> CoreRepositories.patients(em, practice, audit).create(robin.toBuilder()
                .id(PatientId.random()).accountNumber(AccountNumber.of("E-4")).name(PersonName.of("Lee", "Other"))
                .build(), DuplicateCheck.CHECK));
        assertThat(taken.problems()).extracting(RecordProblem::code, RecordProblem::field)
                .containsExactly(tuple(RecordProblem.Code.EXTERNAL_ID_TAKEN, "patient.externalId"));
        assertThat(byExternalId(practice, "OLD-1").id()).isEqualTo(robin.id());
        Optional<PatientRecord> read = inTransaction(em -> CoreRepositories.patients(em, practice, audit)
                .find(noExternal.id()));
        PatientRecord sam = read.orElseThrow();
        assertThat(inTransaction(em -> CoreRepositories.patients(em, practice, audit).update(sam.toBuilder()
                .externalId(ExternalId.of("OLD-1")).build())).refusedFor(RecordProblem.Code.EXTERNAL_ID_TAKEN))
                .isTrue();
        assertThat(inTransaction(em -> CoreRepositories.patients(em, other, audit).create(robin.toBuilder()
                .id(PatientId.random()).practiceId(other).build(), DuplicateCheck.CHECK)).isSaved())
                .as("another practice's external IDs are no concern").isTrue();
        Optional<PatientRecord> unknown = inTransaction(em -> CoreRepositories.patients(em, practice, audit)
                .findByExternalId(ExternalId.of("OLD-9")));
        assertThat(unknown).isEmpty();
        assertThat(byExternalId(other, "OLD-1").id()).isNotEqualTo(robin.id());
    }

    @Test
    void importsNewPatientsWithTheirPrimaryCoverageAndAuditsEveryChange() {
        PracticeId practice = newPractice();

        ImportResult result = importFile(practice, FILE, T0);

        assertThat(result.isImported()).isTrue();
        assertThat(result.report().rows()).extracting(RowOutcome::row, RowOutcome::action)
                .containsExactly(tuple(2, RowOutcome.Action.CREATE), tuple(3, RowOutcome.Action.CREATE),
                        tuple(4, RowOutcome.Action.CREATE));
        PatientRecord robin = byExternalId(practice, "OLD-1");
        assertThat(result.report().rows().get(0).patientId()).isEqualTo(robin.id());
        assertThat(robin.name()).isEqualTo(PersonName.of("Robin", "Sample"));
        assertThat(robin.birthDate()).isEqualTo(LocalDate.of(2010, 2, 28));
        assertThat(robin.sex()).isEqualTo(Sex.FEMALE);
        assertThat(robin.address().line1()).isEqualTo("12 Elm Street, Apt 3");
        assertThat(robin.phone(PhoneType.HOME).orElseThrow().number()).isEqualTo("6145550101");
        assertThat(robin.createdAt()).isEqualTo(T0);
        assertThat(robin.accountNumber()).as("the practice's next number").isEqualTo(AccountNumber.of("1"));
        assertThat(byExternalId(practice, "OLD-2").accountNumber()).isEqualTo(AccountNumber.of("2"));
        assertThat(byExternalId(practice, "OLD-3").accountNumber()).isEqualTo(AccountNumber.of("A-77"));
        assertThat(coveragesOf(practice, robin.id())).singleElement().satisfies(c -> {
            assertThat(c.payerId()).isEqualTo(PayerId.of("SIM01"));
            assertThat(c.memberId()).isEqualTo(new MemberId("XQZ100"));
            assertThat(c.groupNumber()).isEqualTo("GRP1");
            assertThat(c.priority()).isEqualTo(CoveragePriority.PRIMARY);
            assertThat(c.relationship()).isEqualTo(PatientRelationship.SELF);
            assertThat(c.effectiveFrom()).isNull();
        });
        PatientRecord sam = byExternalId(practice, "OLD-2");
        assertThat(coveragesOf(practice, sam.id()).get(0).subscriber().name())
                .isEqualTo(PersonName.of("Robin", "Sample"));
        assertThat(coveragesOf(practice, byExternalId(practice, "OLD-3").id())).isEmpty();
        assertThat(changes()).extracting(PatientRecordEvent::patientId, PatientRecordEvent::action).containsExactly(
                tuple(robin.id(), PatientRecordAction.CREATED), tuple(robin.id(), PatientRecordAction.COVERAGE_ADDED),
                tuple(sam.id(), PatientRecordAction.CREATED), tuple(sam.id(), PatientRecordAction.COVERAGE_ADDED),
                tuple(byExternalId(practice, "OLD-3").id(), PatientRecordAction.CREATED));
        assertThat(events).allMatch(e -> e.practiceId().equals(practice));
        assertThat(result.report().toString() + events).doesNotContain("Robin", "Sample", "XQZ", "OLD-", "2010");
    }

    @Test
    void aFileWithOneBadRowImportsNothingAndSaysWhereTheProblemIs() {
        PracticeId practice = newPractice();
        String bad = FILE + "OLD-4,,Sample,Lee,1990-13-01,,,,,,,,NOPE1,,,,,\n";

        ImportPreview preview = preview(practice, bad);
        ImportResult result = importFile(practice, bad, T0);

        assertThat(preview.isImportable()).isFalse();
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(5, "birthDate", ImportProblem.Code.BAD_DATE),
                        tuple(5, "payerId", ImportProblem.Code.UNKNOWN_PAYER),
                        tuple(5, "memberId", ImportProblem.Code.MISSING_MEMBER_ID));
        assertThat(preview.rows()).extracting(RowOutcome::action).containsExactly(RowOutcome.Action.CREATE,
                RowOutcome.Action.CREATE, RowOutcome.Action.CREATE, RowOutcome.Action.INVALID);
        assertThat(result).isInstanceOf(ImportResult.Refused.class);
        assertThat(result.report()).isEqualTo(preview);
        assertThat(patientsOf(practice)).isEmpty();
        assertThat(changes()).isEmpty();
        assertThat(importFile(practice, "externalId,lastName\nOLD-1,Sample\n", T0).report().fileProblems())
                .extracting(ImportProblem::code).containsExactly(ImportProblem.Code.MISSING_COLUMN,
                        ImportProblem.Code.MISSING_COLUMN);
        assertThat(patientsOf(practice)).isEmpty();
    }

    @Test
    void aPreviewStoresNothing() {
        PracticeId practice = newPractice();
        ImportPreview preview = preview(practice, FILE);
        assertThat(preview.isImportable()).isTrue();
        assertThat(preview.count(RowOutcome.Action.CREATE)).isEqualTo(3);
        assertThat(preview.rows()).allMatch(r -> r.patientId() == null);
        assertThat(patientsOf(practice)).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void importingTheSameFileTwiceChangesNothingTheSecondTime() {
        PracticeId practice = newPractice();
        ImportResult first = importFile(practice, FILE, T0);
        List<PatientRecord> before = patientsOf(practice);
        events.clear();

        ImportResult again = importFile(practice, FILE, T0.plusSeconds(3600));

        assertThat(again.isImported()).isTrue();
        assertThat(again.report().rows()).extracting(RowOutcome::action).containsOnly(RowOutcome.Action.UNCHANGED);
        assertThat(again.report().rows()).extracting(RowOutcome::patientId)
                .containsExactlyElementsOf(first.report().rows().stream().map(RowOutcome::patientId).toList());
        assertThat(patientsOf(practice)).containsExactlyElementsOf(before);
        assertThat(changes()).isEmpty();
        assertThat(events).extracting(PatientRecordEvent::action).containsOnly(PatientRecordAction.MATCHED)
                .hasSize(3);
    }

    @Test
    void aRowWithTheSameExternalIdAndOtherDetailsUpdatesThePatientAndItsCoverage() {
        PracticeId practice = newPractice();
        importFile(practice, FILE, T0);
        PatientRecord robin = byExternalId(practice, "OLD-1");
        events.clear();
        String changed = FILE.replace("12 Elm Street, Apt 3\",Columbus", "9 Oak Road\",Dublin")
                .replace("XQZ100,GRP1", "XQZ999,GRP1");

        ImportResult result = importFile(practice, changed, T0.plusSeconds(60));

        assertThat(result.report().rows()).extracting(RowOutcome::action, RowOutcome::changes).containsExactly(
                tuple(RowOutcome.Action.UPDATE, List.of("address", "coverage")),
                tuple(RowOutcome.Action.UNCHANGED, List.of()), tuple(RowOutcome.Action.UNCHANGED, List.of()));
        PatientRecord moved = byExternalId(practice, "OLD-1");
        assertThat(moved.address().city()).isEqualTo("Dublin");
        assertThat(moved.accountNumber()).isEqualTo(robin.accountNumber());
        assertThat(moved.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(coveragesOf(practice, robin.id())).singleElement()
                .satisfies(c -> assertThat(c.memberId()).isEqualTo(new MemberId("XQZ999")));
        String coverageId = coveragesOf(practice, robin.id()).get(0).id().toString();
        assertThat(changes()).containsExactly(
                new PatientRecordEvent(practice, robin.id(), PatientRecordAction.UPDATED, "address"),
                new PatientRecordEvent(practice, robin.id(), PatientRecordAction.COVERAGE_UPDATED, coverageId));
    }

    @Test
    void neverReadsOrChangesAnotherPracticesPatients() {
        PracticeId mine = newPractice();
        PracticeId theirs = newPractice();
        importFile(theirs, FILE, T0);
        List<PatientRecord> theirPatients = patientsOf(theirs);
        events.clear();

        ImportResult result = importFile(mine, FILE.replace("A-77", "A-78"), T0.plusSeconds(60));

        assertThat(result.report().rows()).extracting(RowOutcome::action).containsOnly(RowOutcome.Action.CREATE);
        assertThat(patientsOf(theirs)).containsExactlyElementsOf(theirPatients);
        assertThat(events).allMatch(e -> e.practiceId().equals(mine));
        assertThat(events).extracting(PatientRecordEvent::patientId)
                .doesNotContainAnyElementsOf(theirPatients.stream().map(PatientRecord::id).toList());
        assertThat(patientsOf(mine)).hasSize(3);
    }

    @Test
    void refusesAnAccountNumberAnotherPatientHasAndAssignsNumbersAfterTheLargest() {
        PracticeId practice = newPractice();
        inTransaction(em -> CoreRepositories.patients(em, practice, audit).create(PatientRecord.builder()
                .id(PatientId.random()).practiceId(practice).accountNumber(AccountNumber.of("1041"))
                .name(PersonName.of("Pat", "Earlier")).birthDate(LocalDate.of(1960, 1, 1)).build(),
                DuplicateCheck.CHECK));

        ImportPreview taken = preview(practice, HEADER + "OLD-9,1041,Sample,Robin,2010-02-28,,,,,,,,,,,,,\n");
        assertThat(taken.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(2, "accountNumber", ImportProblem.Code.ACCOUNT_NUMBER_TAKEN));

        importFile(practice, FILE, T0);
        assertThat(byExternalId(practice, "OLD-1").accountNumber()).isEqualTo(AccountNumber.of("1042"));
        assertThat(byExternalId(practice, "OLD-2").accountNumber()).isEqualTo(AccountNumber.of("1043"));
    }
}
