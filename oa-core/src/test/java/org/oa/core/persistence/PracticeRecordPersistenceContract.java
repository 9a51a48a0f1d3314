package org.oa.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ClaimRepository;
import org.oa.core.claim.PatientMatch;
import org.oa.core.claim.PatientMatcher;
import org.oa.core.claim.SampleClaims;
import org.oa.core.contact.Address;
import org.oa.core.contact.Phone;
import org.oa.core.contact.PhoneType;
import org.oa.core.identifier.MemberId;
import org.oa.core.identifier.Npi;
import org.oa.core.identifier.PayerId;
import org.oa.core.identifier.TaxId;
import org.oa.core.lifecycle.ClaimLifecycle;
import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.CoverageId;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.CoverageRepository;
import org.oa.core.patient.DuplicateCheck;
import org.oa.core.patient.Guarantor;
import org.oa.core.patient.Patient;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientPage;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientRecordAction;
import org.oa.core.patient.PatientRecordEvent;
import org.oa.core.patient.PatientRecordListener;
import org.oa.core.patient.PatientRelationship;
import org.oa.core.patient.PatientRepository;
import org.oa.core.patient.PatientSearch;
import org.oa.core.patient.PatientStatus;
import org.oa.core.patient.PersonName;
import org.oa.core.patient.RelatedPerson;
import org.oa.core.patient.Sex;
import org.oa.core.patient.Subscriber;
import org.oa.core.practice.Location;
import org.oa.core.practice.LocationRepository;
import org.oa.core.practice.OfficeHours;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.Provider;
import org.oa.core.practice.ProviderRepository;
import org.oa.core.practice.RecordProblem;
import org.oa.core.practice.Resource;
import org.oa.core.practice.ResourceKind;
import org.oa.core.practice.ResourceRepository;
import org.oa.core.practice.SaveResult;

/**
 * What every database must do for the practice record (patients, coverages, providers, locations, resources and
 * the claim link); run on Derby and PostgreSQL by subclasses. Each test creates its own practices (random IDs),
 * so test classes can share one server. All data is synthetic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PracticeRecordPersistenceContract {

    private static final Instant T0 = Instant.parse("2026-06-15T09:30:00.123456Z");
    private static final PayerId SIM01 = PayerId.of("SIM01");

    private EntityManagerFactory factory;
    /** What the repositories reported, in order; cleared by each test. */
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

    private void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    private <T> T withPatients(PracticeId practice, Function<PatientRepository, T> work) {
        return inTransaction(em -> work.apply(CoreRepositories.patients(em, practice, audit)));
    }

    private <T> T withCoverages(PracticeId practice, Function<CoverageRepository, T> work) {
        return inTransaction(em -> work.apply(CoreRepositories.coverages(em, practice, audit)));
    }


    private PracticeId newPractice() {
        PracticeId id = PracticeId.random();
        run(em -> CorePersistence.practices(em).add(new Practice(id, "Practice " + id, new TaxId("123456789"),
                new Npi("1234567893"), List.of(new Location(UUID.randomUUID(), "Main", "100 Main Street",
                "Columbus", "OH", "432151234", null)), List.of(new Provider(UUID.randomUUID(), "Avery", "Stone",
                new Npi("1245319599"), "207Q00000X")))));
        return id;
    }

    private static PatientRecord.Builder patient(PracticeId practice, String account, String first, String last,
                                                 LocalDate born) {
        return PatientRecord.builder().id(PatientId.random()).practiceId(practice)
                .accountNumber(AccountNumber.of(account)).name(PersonName.of(first, last)).birthDate(born);
    }

    private PatientRecord created(PracticeId practice, PatientRecord record) {
        return withPatients(practice, (PatientRepository p) -> p.create(record, DuplicateCheck.CHECK)).saved().orElseThrow();
    }

    private static PatientRecord fullRecord(PracticeId practice) {
        return PatientRecord.builder().id(PatientId.random()).practiceId(practice)
                .accountNumber(AccountNumber.of("mrn-1001")).name(new PersonName("Robin", "Q", "Sample"))
                .birthDate(LocalDate.of(2010, 2, 28)).sex(Sex.FEMALE)
                .address(new Address("12 Elm Street", "Apt 3", "Columbus", "OH", "43215"))
                .phone(PhoneType.MOBILE, "(614) 555-0101").phone(PhoneType.HOME, "614.555.0102")
                .email("robin.sample@example.org").preferredLanguage("es-MX")
                .guarantor(Guarantor.of(PatientRelationship.CHILD, new RelatedPerson(
                        PersonName.of("Jordan", "Sample"), LocalDate.of(1980, 1, 5), Sex.MALE,
                        new Address("12 Elm Street", "Apt 3", "Columbus", "OH", "43215"),
                        Phone.of(PhoneType.WORK, "6145550103"))))
                .build();
    }

    @Test
    void storesAndReloadsAPatientRecordExactlyWithItsStamps() {
        PracticeId practice = newPractice();
        PatientRecord record = fullRecord(practice);
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        PatientRecord stored = inTransaction(em -> CoreRepositories.patients(em, practice, audit, clock)
                .create(record, DuplicateCheck.CHECK)).saved().orElseThrow();

        assertThat(stored).isEqualTo(record.toBuilder().stamps(T0, T0).build());
        assertThat(stored.accountNumber().value()).isEqualTo("MRN-1001");
        assertThat(stored.phones()).extracting(Phone::type).containsExactly(PhoneType.HOME, PhoneType.MOBILE);
        assertThat(withPatients(practice, (PatientRepository p) -> p.find(record.id()))).contains(stored);
        assertThat(withPatients(practice, (PatientRepository p) -> p.findByAccountNumber(AccountNumber.of("MRN-1001"))))
                .contains(stored);
        PatientRecord self = created(practice, patient(practice, "MRN-1002", "Casey", "Sample",
                LocalDate.of(1990, 3, 1)).build());
        assertThat(withPatients(practice, (PatientRepository p) -> p.find(self.id())).orElseThrow().guarantor().isSelf()).isTrue();
    }

    @Test
    void updatesARecordWithANewStampAndRefusesAChangeToAStaleCopy() {
        PracticeId practice = newPractice();
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        PatientRecord stored = inTransaction(em -> CoreRepositories.patients(em, practice, audit, clock)
                .create(fullRecord(practice), DuplicateCheck.CHECK)).saved().orElseThrow();
        PatientRecord moved = stored.toBuilder().address(new Address("9 Oak Road", "", "Dublin", "OH", "43017"))
                .status(PatientStatus.INACTIVE).build();
        Clock later = Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC);
        events.clear();

        PatientRecord updated = inTransaction(em -> CoreRepositories.patients(em, practice, audit, later)
                .update(moved)).saved().orElseThrow();

        assertThat(updated.createdAt()).isEqualTo(T0);
        assertThat(updated.updatedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(updated.address().city()).isEqualTo("Dublin");
        assertThat(updated.status()).isEqualTo(PatientStatus.INACTIVE);
        assertThat(events).containsExactly(new PatientRecordEvent(practice, stored.id(), PatientRecordAction.UPDATED,
                "address,status"));
        SaveResult<PatientRecord> stale = withPatients(practice, (PatientRepository p) -> p.update(stored.toBuilder().email("").build()));
        assertThat(stale.refusedFor(RecordProblem.Code.CHANGED_SINCE_READ)).isTrue();
        assertThat(stale.problems()).extracting(RecordProblem::field).containsExactly("patient.updatedAt");
        assertThat(withPatients(practice, (PatientRepository p) -> p.find(stored.id())).orElseThrow()).isEqualTo(updated);
        events.clear();
        assertThat(withPatients(practice, (PatientRepository p) -> p.update(updated))).isEqualTo(new SaveResult.Saved<>(updated));
        assertThat(events).as("an update that changes nothing is not written or reported").isEmpty();
        assertThatThrownBy(() -> withPatients(practice, (PatientRepository p) -> p.update(fullRecord(practice))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsAccountNumbersUniqueWithinAPracticeButNotAcrossPractices() {
        PracticeId practice = newPractice();
        PracticeId other = newPractice();
        PatientRecord first = created(practice, patient(practice, "A-1", "Alex", "Sample", LocalDate.of(1980, 1, 1))
                .build());
        PatientRecord second = created(practice, patient(practice, "A-2", "Sam", "Sample",
                LocalDate.of(1981, 1, 1)).build());

        SaveResult<PatientRecord> taken = withPatients(practice, (PatientRepository p) -> p.create(patient(practice, "a-1", "Kim",
                "Example", LocalDate.of(1970, 1, 1)).build(), DuplicateCheck.CHECK));
        assertThat(taken.isSaved()).isFalse();
        assertThat(taken.problems()).extracting(RecordProblem::code, RecordProblem::field)
                .containsExactly(tuple(RecordProblem.Code.ACCOUNT_NUMBER_TAKEN,
                        "patient.accountNumber"));
        assertThat(withPatients(practice, (PatientRepository p) -> p.update(second.toBuilder().accountNumber(AccountNumber.of("A-1"))
                .build())).refusedFor(RecordProblem.Code.ACCOUNT_NUMBER_TAKEN)).isTrue();
        assertThat(withPatients(practice, (PatientRepository p) -> p.create(first, DuplicateCheck.CONFIRMED))
                .refusedFor(RecordProblem.Code.ID_TAKEN)).isTrue();
        assertThat(withPatients(other, (PatientRepository p) -> p.create(patient(other, "A-1", "Kim", "Example",
                LocalDate.of(1970, 1, 1)).build(), DuplicateCheck.CHECK)).isSaved()).isTrue();
    }

    @Test
    void refusesAPossibleDuplicateUntilTheUserConfirmsIt() {
        PracticeId practice = newPractice();
        PatientRecord existing = created(practice, patient(practice, "D-1", "José", "O'Neil",
                LocalDate.of(1975, 5, 5)).build());
        PatientRecord twin = patient(practice, "D-2", "jose", "O'NEIL ", LocalDate.of(1975, 5, 5)).build();
        events.clear();

        SaveResult<PatientRecord> refused = withPatients(practice, (PatientRepository p) -> p.create(twin, DuplicateCheck.CHECK));

        assertThat(refused.problems()).extracting(RecordProblem::code, RecordProblem::field)
                .containsExactly(tuple(RecordProblem.Code.POSSIBLE_DUPLICATE,
                        "patient"));
        assertThat(refused.problems().get(0).message()).doesNotContain("José", "O'Neil", "1975");
        assertThat(events).as("a refused change reports nothing").isEmpty();
        assertThat(withPatients(practice, (PatientRepository p) -> p.find(twin.id()))).isEmpty();
        assertThat(withPatients(practice, (PatientRepository p) -> p.findPossibleDuplicates(twin.name(), twin.birthDate())))
                .extracting(PatientRecord::id).containsExactly(existing.id());
        assertThat(withPatients(practice, (PatientRepository p) -> p.create(patient(practice, "D-3", "Jose", "O'Neil",
                LocalDate.of(1975, 5, 6)).build(), DuplicateCheck.CHECK)).isSaved())
                .as("another birth date is no duplicate").isTrue();

        assertThat(withPatients(practice, (PatientRepository p) -> p.create(twin, DuplicateCheck.CONFIRMED)).isSaved()).isTrue();
        assertThat(withPatients(practice, (PatientRepository p) -> p.find(twin.id()))).isPresent();
    }

    @Test
    void searchesByNamePrefixBirthDateAccountNumberAndPhoneInPages() {
        PracticeId practice = newPractice();
        LocalDate born = LocalDate.of(1985, 7, 4);
        PatientRecord smithA = created(practice, patient(practice, "S-1", "Ann", "Smith", born)
                .phone(PhoneType.MOBILE, "6145550111").build());
        PatientRecord smithB = created(practice, patient(practice, "S-2", "Bo", "Smithers", LocalDate.of(1990, 1, 2))
                .phone(PhoneType.WORK, "6145550112").build());
        PatientRecord smyth = created(practice, patient(practice, "S-3", "Cy", "Smyth", born).build());
        PatientRecord jones = created(practice, patient(practice, "S-4", "Smita", "Jones", LocalDate.of(2000, 1, 1))
                .phone(PhoneType.HOME, "6145550111").status(PatientStatus.DECEASED).build());

        assertThat(ids(search(practice, PatientSearch.everyone().withName("smi"))))
                .as("last or first name prefix, by last name").containsExactly(jones.id(), smithA.id(), smithB.id());
        assertThat(ids(search(practice, PatientSearch.everyone().withName("Smith, b"))))
                .containsExactly(smithB.id());
        assertThat(ids(search(practice, PatientSearch.everyone().withBirthDate(born))))
                .containsExactly(smithA.id(), smyth.id());
        assertThat(ids(search(practice, PatientSearch.everyone().withAccountNumber(AccountNumber.of("s-3")))))
                .containsExactly(smyth.id());
        assertThat(ids(search(practice, PatientSearch.everyone().withPhone("(614) 555-0111"))))
                .containsExactly(jones.id(), smithA.id());
        assertThat(ids(search(practice, PatientSearch.everyone().withPhone("6145550111").withName("sm")
                .withStatus(PatientStatus.ACTIVE)))).containsExactly(smithA.id());
        assertThat(ids(search(practice, PatientSearch.everyone().withName("smz")))).isEmpty();

        PatientPage first = search(practice, PatientSearch.everyone().page(0, 3));
        PatientPage second = search(practice, PatientSearch.everyone().page(3, 3));
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.hasNext()).isTrue();
        assertThat(ids(first)).containsExactly(jones.id(), smithA.id(), smithB.id());
        assertThat(ids(second)).containsExactly(smyth.id());
        assertThat(second.hasNext()).isFalse();
        assertThat(search(practice, PatientSearch.everyone().page(8, 3)).patients()).isEmpty();
        assertThat(ids(search(practice, PatientSearch.everyone().sortedBy(PatientSearch.Sort.NAME_DESCENDING)
                .page(0, 2)))).containsExactly(smyth.id(), smithB.id());
    }

    private PatientPage search(PracticeId practice, PatientSearch search) {
        return withPatients(practice, (PatientRepository p) -> p.search(search));
    }

    private static List<PatientId> ids(PatientPage page) {
        return page.patients().stream().map(PatientRecord::id).toList();
    }

    @Test
    void neverShowsOrChangesAnotherPracticesPatients() {
        PracticeId mine = newPractice();
        PracticeId theirs = newPractice();
        LocalDate born = LocalDate.of(1970, 10, 10);
        PatientRecord their = created(theirs, patient(theirs, "T-1", "Terry", "Theirs", born)
                .phone(PhoneType.HOME, "6145550199").build());
        CoverageRecord theirCoverage = withCoverages(theirs, (CoverageRepository c) -> c.add(CoverageRecord.self(their.id(), SIM01,
                new MemberId("THEIR-MEMBER"), "", CoveragePriority.PRIMARY, null))).saved().orElseThrow();
        events.clear();

        withPatients(mine, (PatientRepository p) -> {
            assertThat(p.find(their.id())).isEmpty();
            assertThat(p.findByAccountNumber(AccountNumber.of("T-1"))).isEmpty();
            assertThat(p.search(PatientSearch.everyone()).total()).isZero();
            assertThat(p.search(PatientSearch.everyone().withName("Theirs")).patients()).isEmpty();
            assertThat(p.search(PatientSearch.everyone().withPhone("6145550199")).patients()).isEmpty();
            assertThat(p.search(PatientSearch.everyone().withBirthDate(born)).patients()).isEmpty();
            assertThat(p.findPossibleDuplicates(their.name(), born)).isEmpty();
            assertThat(p.findClaimCandidates("THEIR-MEMBER", born, "Theirs")).isEmpty();
            assertThat(p.update(their.toBuilder().practiceId(mine).build()).refusedFor(RecordProblem.Code.NOT_FOUND))
                    .isTrue();
            assertThatThrownBy(() -> p.update(their)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> p.create(their, DuplicateCheck.CONFIRMED))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(p.create(patient(mine, "T-1", "Terry", "Theirs", born).build(), DuplicateCheck.CHECK)
                    .isSaved()).as("their account number and name are no concern of mine").isTrue();
            return null;
        });
        withCoverages(mine, (CoverageRepository c) -> {
            assertThat(c.findByPatient(their.id())).isEmpty();
            assertThat(c.find(theirCoverage.id())).isEmpty();
            assertThat(c.add(CoverageRecord.self(their.id(), SIM01, new MemberId("X"), "", CoveragePriority.SECONDARY,
                    null)).problems()).extracting(RecordProblem::code, RecordProblem::field)
                    .containsExactly(tuple(RecordProblem.Code.NOT_FOUND,
                            "coverage.patientId"));
            assertThat(c.update(theirCoverage.endingOn(LocalDate.of(2026, 1, 1)))
                    .refusedFor(RecordProblem.Code.NOT_FOUND)).isTrue();
            assertThat(c.remove(theirCoverage.id())).isFalse();
            return null;
        });
        assertThat(events).extracting(PatientRecordEvent::patientId).doesNotContain(their.id());
        assertThat(withPatients(theirs, (PatientRepository p) -> p.find(their.id()))).contains(their);
        assertThat(withCoverages(theirs, (CoverageRepository c) -> c.findByPatient(their.id()))).containsExactly(theirCoverage);
    }

    @Test
    void keepsAtMostOneCoverageOfEachOrderInEffect() {
        PracticeId practice = newPractice();
        PatientRecord child = created(practice, patient(practice, "C-1", "Sam", "Sample", LocalDate.of(2012, 5, 1))
                .build());
        RelatedPerson parent = new RelatedPerson(PersonName.of("Alex", "Sample"), LocalDate.of(1980, 3, 14),
                Sex.FEMALE, new Address("1 Main Street", "", "Columbus", "OH", "43215"), null);
        CoverageRecord primary = new CoverageRecord(CoverageId.random(), child.id(), SIM01, new MemberId("SIM123"),
                "GRP-7", PatientRelationship.CHILD, parent, CoveragePriority.PRIMARY, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31));
        CoverageRecord secondary = CoverageRecord.self(child.id(), PayerId.of("OTHER1"), new MemberId("OT-9"), "",
                CoveragePriority.SECONDARY, LocalDate.of(2025, 6, 1));
        assertThat(withCoverages(practice, (CoverageRepository c) -> c.add(primary))).isEqualTo(new SaveResult.Saved<>(primary));
        assertThat(withCoverages(practice, (CoverageRepository c) -> c.add(secondary)).isSaved()).isTrue();

        CoverageRecord overlapping = CoverageRecord.self(child.id(), PayerId.of("OTHER2"), new MemberId("O2"), "",
                CoveragePriority.PRIMARY, LocalDate.of(2025, 12, 31));
        SaveResult<CoverageRecord> refused = withCoverages(practice, (CoverageRepository c) -> c.add(overlapping));
        assertThat(refused.problems()).extracting(RecordProblem::code, RecordProblem::field)
                .containsExactly(tuple(RecordProblem.Code.COVERAGE_ORDER_OVERLAP,
                        "coverage.priority"));
        CoverageRecord next = CoverageRecord.self(child.id(), PayerId.of("OTHER2"), new MemberId("O2"), "",
                CoveragePriority.PRIMARY, LocalDate.of(2026, 1, 1));
        assertThat(withCoverages(practice, (CoverageRepository c) -> c.add(next)).isSaved()).as("the next primary after the first ended")
                .isTrue();
        assertThat(withCoverages(practice, (CoverageRepository c) -> c.update(primary.endingOn(null)))
                .refusedFor(RecordProblem.Code.COVERAGE_ORDER_OVERLAP)).as("reopening it would overlap").isTrue();
        assertThat(withCoverages(practice, (CoverageRepository c) -> c.add(primary)).refusedFor(RecordProblem.Code.ID_TAKEN)).isTrue();

        assertThat(withCoverages(practice, (CoverageRepository c) -> c.findByPatient(child.id()))).containsExactly(primary, next,
                secondary);
        assertThat(withCoverages(practice, (CoverageRepository c) -> c.findInEffect(child.id(), LocalDate.of(2025, 7, 1))))
                .containsExactly(primary, secondary);
        assertThat(withCoverages(practice, (CoverageRepository c) -> c.findInEffect(child.id(), LocalDate.of(2026, 2, 1))))
                .containsExactly(next, secondary);
        assertThat(withCoverages(practice, (CoverageRepository c) -> c.find(primary.id()))).contains(primary);

        CoverageRecord secondaryEnded = secondary.endingOn(LocalDate.of(2025, 12, 31));
        assertThat(withCoverages(practice, (CoverageRepository c) -> c.update(secondaryEnded)).isSaved()).isTrue();
        assertThat(withCoverages(practice, (CoverageRepository c) -> c.find(secondary.id()))).contains(secondaryEnded);
        assertThatThrownBy(() -> withCoverages(practice, (CoverageRepository c) -> c.update(new CoverageRecord(primary.id(),
                PatientId.random(), SIM01, primary.memberId(), "", PatientRelationship.SELF, null,
                CoveragePriority.PRIMARY, null, null)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(withCoverages(practice, (CoverageRepository c) -> c.remove(next.id()))).isTrue();
        assertThat(withCoverages(practice, (CoverageRepository c) -> c.remove(next.id()))).isFalse();
        assertThat(withCoverages(practice, (CoverageRepository c) -> c.findByPatient(child.id()))).containsExactly(primary,
                secondaryEnded);
        assertThat(primary.toCoverage(child).subscriber().memberId()).isEqualTo("SIM123");
    }

    @Test
    void reportsEveryReadAndChangeWithThePracticeAndPatient() {
        PracticeId practice = newPractice();
        PatientRecord record = fullRecord(practice);
        PatientRecord stored = withPatients(practice, (PatientRepository p) -> p.create(record, DuplicateCheck.CHECK)).saved()
                .orElseThrow();
        PatientId id = stored.id();
        CoverageRecord coverage = CoverageRecord.self(id, SIM01, new MemberId("AUD-1"), "", CoveragePriority.PRIMARY,
                null);
        withPatients(practice, (PatientRepository p) -> p.find(id));
        withPatients(practice, (PatientRepository p) -> p.findByAccountNumber(stored.accountNumber()));
        withPatients(practice, (PatientRepository p) -> p.search(PatientSearch.everyone()));
        withPatients(practice, (PatientRepository p) -> p.findPossibleDuplicates(stored.name(), stored.birthDate()));
        withPatients(practice, (PatientRepository p) -> p.update(stored.toBuilder().email("new@example.org").build()));
        withCoverages(practice, (CoverageRepository c) -> c.add(coverage));
        withPatients(practice, (PatientRepository p) -> p.findClaimCandidates("AUD-1", stored.birthDate(), "sample"));
        withCoverages(practice, (CoverageRepository c) -> c.findByPatient(id));
        withCoverages(practice, (CoverageRepository c) -> c.findInEffect(id, LocalDate.of(2026, 1, 1)));
        withCoverages(practice, (CoverageRepository c) -> c.find(coverage.id()));
        withCoverages(practice, (CoverageRepository c) -> c.update(coverage.endingOn(LocalDate.of(2026, 12, 31))));
        withCoverages(practice, (CoverageRepository c) -> c.remove(coverage.id()));
        withPatients(practice, (PatientRepository p) -> p.find(PatientId.random()));
        withCoverages(practice, (CoverageRepository c) -> c.findByPatient(id));

        String coverageId = coverage.id().toString();
        assertThat(events).containsExactly(
                event(practice, id, PatientRecordAction.CREATED, ""),
                event(practice, id, PatientRecordAction.VIEWED, ""),
                event(practice, id, PatientRecordAction.VIEWED, ""),
                event(practice, id, PatientRecordAction.LISTED, ""),
                event(practice, id, PatientRecordAction.LISTED, ""),
                event(practice, id, PatientRecordAction.UPDATED, "email"),
                event(practice, id, PatientRecordAction.COVERAGE_ADDED, coverageId),
                event(practice, id, PatientRecordAction.MATCHED, ""),
                event(practice, id, PatientRecordAction.COVERAGE_VIEWED, ""),
                event(practice, id, PatientRecordAction.COVERAGE_VIEWED, ""),
                event(practice, id, PatientRecordAction.COVERAGE_VIEWED, coverageId),
                event(practice, id, PatientRecordAction.COVERAGE_UPDATED, coverageId),
                event(practice, id, PatientRecordAction.COVERAGE_REMOVED, coverageId));
        assertThat(events).filteredOn(PatientRecordEvent::isChange).extracting(PatientRecordEvent::action)
                .containsExactly(PatientRecordAction.CREATED, PatientRecordAction.UPDATED,
                        PatientRecordAction.COVERAGE_ADDED, PatientRecordAction.COVERAGE_UPDATED,
                        PatientRecordAction.COVERAGE_REMOVED);
        assertThat(events.toString()).doesNotContain("Robin", "Sample", "2010", "MRN-1001", "AUD-1");
    }

    private static PatientRecordEvent event(PracticeId practice, PatientId patient, PatientRecordAction action,
                                            String detail) {
        return new PatientRecordEvent(practice, patient, action, detail);
    }

    @Test
    void aReadThatCannotBeAuditedReturnsNothing() {
        PracticeId practice = newPractice();
        PatientRecord stored = created(practice, fullRecord(practice));
        PatientRecordListener failing = e -> {
            throw new IllegalStateException("audit store unavailable");
        };
        assertThatThrownBy(() -> inTransaction(em -> CoreRepositories.patients(em, practice, failing)
                .find(stored.id()))).isInstanceOf(IllegalStateException.class).hasMessage("audit store unavailable");
        assertThatThrownBy(() -> inTransaction(em -> CoreRepositories.patients(em, practice, failing)
                .create(patient(practice, "F-1", "Lee", "Sample", LocalDate.of(1999, 9, 9)).build(),
                        DuplicateCheck.CHECK))).isInstanceOf(IllegalStateException.class);
        assertThat(withPatients(practice, (PatientRepository p) -> p.findByAccountNumber(AccountNumber.of("F-1"))))
                .as("the change whose audit failed was rolled back with its transaction").isEmpty();
    }

    private ClaimLifecycle received(Claim claim) {
        return ClaimLifecycle.received(claim.id(), T0, "front-end-edits", "file");
    }

    /** A claim of {@code practice} for a patient with this member ID, last name and birth date. */
    private static Claim claimFor(PracticeId practice, String memberId, String lastName, LocalDate born) {
        Claim sample = SampleClaims.professional().id(ClaimId.random()).practiceId(practice).build();
        Patient p = sample.patient();
        Patient patient = new Patient(p.id(), p.firstName(), lastName, born, p.sex(), p.address());
        return sample.toBuilder().patient(patient).subscriber(Subscriber.self(patient, memberId, "")).build();
    }

    @Test
    void linksAnIncomingClaimOnlyToTheOnePatientWithItsMemberIdBirthDateAndLastName() {
        PracticeId practice = newPractice();
        LocalDate born = LocalDate.of(1980, 3, 14);
        PatientRecord alex = created(practice, patient(practice, "M-1", "Alex", "Sample", born).build());
        withCoverages(practice, (CoverageRepository c) -> c.add(CoverageRecord.self(alex.id(), SIM01, new MemberId("SIM900"), "",
                CoveragePriority.PRIMARY, null)));
        // Twins on their parent's policy: same member ID, birth date and last name.
        PatientRecord twin1 = created(practice, patient(practice, "M-2", "Kit", "Twin", born).build());
        PatientRecord twin2 = created(practice, patient(practice, "M-3", "Kat", "Twin", born).build());
        for (PatientRecord twin : List.of(twin1, twin2)) {
            withCoverages(practice, (CoverageRepository c) -> c.add(CoverageRecord.self(twin.id(), SIM01, new MemberId("SIM777"), "",
                    CoveragePriority.PRIMARY, null)));
        }
        Claim matching = claimFor(practice, "SIM900", "SAMPLE", born);
        Claim wrongBirth = claimFor(practice, "SIM900", "Sample", born.plusDays(1));
        Claim wrongName = claimFor(practice, "SIM900", "Simple", born);
        Claim ambiguous = claimFor(practice, "SIM777", "Twin", born);
        Claim noMember = claimFor(practice, "", "Sample", born);
        Claim noBirth = claimFor(practice, "SIM900", "Sample", null);
        long patientsBefore = withPatients(practice, (PatientRepository p) -> p.search(PatientSearch.everyone()).total());

        List<PatientMatch> matches = inTransaction(em -> {
            PatientMatcher matcher = new PatientMatcher(CoreRepositories.patients(em, practice, audit));
            return List.of(matching, wrongBirth, wrongName, ambiguous, noMember, noBirth).stream()
                    .map(matcher::match).toList();
        });

        assertThat(matches).extracting(PatientMatch::outcome).containsExactly(PatientMatch.Outcome.MATCHED,
                PatientMatch.Outcome.NO_MATCH, PatientMatch.Outcome.NO_MATCH, PatientMatch.Outcome.SEVERAL_MATCHES,
                PatientMatch.Outcome.INCOMPLETE_CLAIM, PatientMatch.Outcome.INCOMPLETE_CLAIM);
        assertThat(matches.get(0).patient()).contains(alex.id());
        assertThat(matches.subList(1, 6)).allMatch(m -> m.patient().isEmpty());
        assertThat(withPatients(practice, (PatientRepository p) -> p.search(PatientSearch.everyone()).total()))
                .as("matching never creates patients").isEqualTo(patientsBefore);

        PracticeId other = newPractice();
        assertThat(inTransaction((EntityManager em) -> new PatientMatcher(CoreRepositories.patients(em, other, audit))
                .match(claimFor(other, "SIM900", "Sample", born))).outcome())
                .as("another practice's patient is never a match").isEqualTo(PatientMatch.Outcome.NO_MATCH);
        assertThatThrownBy(() -> inTransaction(em -> new PatientMatcher(CoreRepositories.patients(em, other, audit))
                .match(matching))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void storedClaimsCarryTheirPatientRecordLink() {
        PracticeId practice = newPractice();
        LocalDate born = LocalDate.of(1980, 3, 14);
        PatientRecord alex = created(practice, patient(practice, "L-1", "Alex", "Sample", born).build());
        withCoverages(practice, (CoverageRepository c) -> c.add(CoverageRecord.self(alex.id(), SIM01, new MemberId("SIM500"), "",
                CoveragePriority.PRIMARY, null)));
        Claim keyed = claimFor(practice, "SIM500", "Sample", born);
        Claim fromFile = claimFor(practice, "SIM500", "Sample", born);
        Claim stranger = claimFor(practice, "SIM404", "Sample", born);
        Claim inBatch = claimFor(practice, "SIM500", "Sample", born);

        inTransaction(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            PatientMatcher matcher = new PatientMatcher(CoreRepositories.patients(em, practice, audit));
            claims.add(keyed, received(keyed), null);
            assertThat(claims.linkPatientRecord(keyed.id(), alex.id())).isTrue();
            claims.add(fromFile, received(fromFile), null);
            claims.add(stranger, received(stranger), null);
            assertThat(matcher.link(fromFile, claims).outcome()).isEqualTo(PatientMatch.Outcome.MATCHED);
            assertThat(matcher.link(stranger, claims).outcome()).isEqualTo(PatientMatch.Outcome.NO_MATCH);
            claims.addAll(List.of(new ClaimRepository.NewClaim(inBatch, received(inBatch),
                    matcher.match(inBatch).patientId())), null);
            return null;
        });

        inTransaction(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            assertThat(claims.find(keyed.id()).orElseThrow().patientRecordId()).isEqualTo(alex.id());
            assertThat(claims.find(stranger.id()).orElseThrow().patientRecordId()).isNull();
            assertThat(claims.findByPatientRecord(alex.id(), 10)).extracting(s -> s.claim().id())
                    .containsExactlyInAnyOrder(keyed.id(), fromFile.id(), inBatch.id());
            // Correcting a claim (Claim Fix) keeps its link.
            assertThat(claims.replace(keyed.toBuilder().patientControlNumber("FIXED").build())).isTrue();
            return null;
        });
        inTransaction(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            assertThat(claims.find(keyed.id()).orElseThrow().patientRecordId()).isEqualTo(alex.id());
            return null;
        });

        PracticeId other = newPractice();
        PatientRecord theirs = created(other, patient(other, "L-1", "Alex", "Sample", born).build());
        inTransaction(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            assertThat(claims.linkPatientRecord(stranger.id(), theirs.id())).isFalse();
            assertThat(claims.linkPatientRecord(ClaimId.random(), alex.id())).isFalse();
            assertThat(claims.findByPatientRecord(theirs.id(), 10)).isEmpty();
            Claim another = claimFor(practice, "SIM500", "Sample", born);
            assertThatThrownBy(() -> claims.addAll(List.of(new ClaimRepository.NewClaim(another, received(another),
                    theirs.id())), null)).isInstanceOf(IllegalArgumentException.class);
            assertThat(claims.find(another.id())).isEmpty();
            return null;
        });
        assertThat(inTransaction((EntityManager em) -> CoreRepositories.claims(em, practice).find(stranger.id())).orElseThrow()
                .patientRecordId()).isNull();
    }

    @Test
    void maintainsProvidersAndLocationsOfThePracticeThatClaimsAndThePracticeRecordShare() {
        PracticeId practice = newPractice();
        PracticeId other = newPractice();
        Provider added = new Provider(UUID.randomUUID(), "Blake", "Rivera", new Npi("1679576722"), "208D00000X");
        Location branch = new Location(UUID.randomUUID(), "Branch", "5 Side Street", "Dublin", "OH", "43017",
                "6145550150");
        run(em -> {
            ProviderRepository providers = CoreRepositories.providers(em, practice);
            assertThat(providers.add(added).isSaved()).isTrue();
            assertThat(providers.add(added).refusedFor(RecordProblem.Code.ID_TAKEN)).isTrue();
            assertThat(providers.add(new Provider(UUID.randomUUID(), "Other", "Doctor", new Npi("1245319599"),
                    "207Q00000X")).problems()).extracting(RecordProblem::code, RecordProblem::field)
                    .containsExactly(tuple(RecordProblem.Code.NPI_TAKEN,
                            "provider.npi"));
            assertThat(CoreRepositories.locations(em, practice).add(branch).isSaved()).isTrue();
        });
        Provider first = inTransaction(em -> CoreRepositories.providers(em, practice).findAll().get(0));
        run(em -> {
            assertThat(CoreRepositories.providers(em, practice).update(first.withActive(false)).isSaved()).isTrue();
            assertThat(CoreRepositories.locations(em, practice).update(branch.withActive(false)).isSaved()).isTrue();
        });

        inTransaction(em -> {
            ProviderRepository providers = CoreRepositories.providers(em, practice);
            assertThat(providers.findAll()).containsExactly(first.withActive(false), added);
            assertThat(providers.findActive()).containsExactly(added);
            assertThat(providers.find(added.id())).contains(added);
            assertThat(providers.findByNpi(new Npi("1679576722"))).contains(added);
            LocationRepository locations = CoreRepositories.locations(em, practice);
            assertThat(locations.findAll()).hasSize(2).last().isEqualTo(branch.withActive(false));
            assertThat(locations.findActive()).extracting(Location::name).containsExactly("Main");
            assertThat(locations.find(branch.id())).contains(branch.withActive(false));
            Practice stored = CorePersistence.practices(em).find(practice).orElseThrow();
            assertThat(stored.providers()).containsExactly(first.withActive(false), added);
            assertThat(stored.locations()).contains(branch.withActive(false));

            ProviderRepository theirs = CoreRepositories.providers(em, other);
            assertThat(theirs.find(added.id())).isEmpty();
            assertThat(theirs.findByNpi(new Npi("1679576722"))).isEmpty();
            assertThat(theirs.update(added).refusedFor(RecordProblem.Code.NOT_FOUND)).isTrue();
            assertThat(CoreRepositories.locations(em, other).find(branch.id())).isEmpty();
            assertThat(CoreRepositories.locations(em, other).update(branch).refusedFor(RecordProblem.Code.NOT_FOUND))
                    .isTrue();
            assertThat(CoreRepositories.providers(em, PracticeId.random()).findAll()).isEmpty();
            return null;
        });
    }

    @Test
    void keepsEachProvidersWeeklyOfficeHoursAtThePracticesOwnLocations() {
        PracticeId practice = newPractice();
        PracticeId other = newPractice();
        UUID main = inTransaction(em -> CoreRepositories.locations(em, practice).findAll().get(0).id());
        UUID theirLocation = inTransaction(em -> CoreRepositories.locations(em, other).findAll().get(0).id());
        Location branch = new Location(UUID.randomUUID(), "Branch", "5 Side Street", "Dublin", "OH", "43017", null);
        run(em -> assertThat(CoreRepositories.locations(em, practice).add(branch).isSaved()).isTrue());
        Provider rivera = new Provider(UUID.randomUUID(), "Blake", "Rivera", new Npi("1679576722"), "208D00000X")
                .withOfficeHours(List.of(
                        OfficeHours.of(DayOfWeek.WEDNESDAY, "13:00", "17:30", branch.id()),
                        OfficeHours.of(DayOfWeek.MONDAY, "08:00", "12:00", main),
                        OfficeHours.of(DayOfWeek.MONDAY, "13:00", "17:00", branch.id())));
        run(em -> assertThat(CoreRepositories.providers(em, practice).add(rivera).isSaved()).isTrue());

        Provider stored = inTransaction(em -> CoreRepositories.providers(em, practice).find(rivera.id()))
                .orElseThrow();
        assertThat(stored).isEqualTo(rivera);
        assertThat(stored.officeHours()).as("in week order").extracting(OfficeHours::day, OfficeHours::from)
                .containsExactly(tuple(DayOfWeek.MONDAY, LocalTime.of(8, 0)), tuple(DayOfWeek.MONDAY,
                        LocalTime.of(13, 0)), tuple(DayOfWeek.WEDNESDAY, LocalTime.of(13, 0)));
        assertThat(inTransaction(em -> CorePersistence.practices(em).find(practice)).orElseThrow().providers())
                .contains(rivera);

        Provider fewer = stored.withOfficeHours(List.of(OfficeHours.of(DayOfWeek.FRIDAY, "07:30", "11:45", main)));
        run(em -> assertThat(CoreRepositories.providers(em, practice).update(fewer).isSaved()).isTrue());
        assertThat(inTransaction((EntityManager em) -> CoreRepositories.providers(em, practice).find(rivera.id()))).contains(fewer);
        run(em -> assertThat(CoreRepositories.providers(em, practice).update(fewer.withActive(false)).isSaved())
                .isTrue());
        assertThat(inTransaction(em -> CoreRepositories.providers(em, practice).find(rivera.id())).orElseThrow()
                .officeHours()).as("deactivating keeps the hours on record").isEqualTo(fewer.officeHours());

        Provider elsewhere = fewer.withOfficeHours(List.of(OfficeHours.of(DayOfWeek.TUESDAY, "09:00", "10:00",
                theirLocation)));
        run(em -> {
            ProviderRepository providers = CoreRepositories.providers(em, practice);
            assertThat(providers.update(elsewhere).problems()).extracting(RecordProblem::code, RecordProblem::field)
                    .containsExactly(tuple(RecordProblem.Code.UNKNOWN_LOCATION, "provider.officeHours"));
            assertThat(providers.add(new Provider(UUID.randomUUID(), "Other", "Doctor", new Npi("1922222223"),
                    "207Q00000X").withOfficeHours(elsewhere.officeHours()))
                    .refusedFor(RecordProblem.Code.UNKNOWN_LOCATION)).isTrue();
        });
        assertThat(inTransaction(em -> CoreRepositories.providers(em, practice).find(rivera.id())).orElseThrow()
                .officeHours()).as("a refused change stores nothing").isEqualTo(fewer.officeHours());
    }

    @Test
    void keepsBookableRoomsAndEquipmentPerPracticeAtItsOwnLocations() {
        PracticeId practice = newPractice();
        PracticeId other = newPractice();
        UUID main = inTransaction(em -> CoreRepositories.locations(em, practice).findAll().get(0).id());
        UUID theirLocation = inTransaction(em -> CoreRepositories.locations(em, other).findAll().get(0).id());
        Resource room = new Resource(UUID.randomUUID(), "Exam room 2", ResourceKind.ROOM, main, true);
        Resource ultrasound = new Resource(UUID.randomUUID(), "Ultrasound", ResourceKind.EQUIPMENT, null, true);
        run(em -> {
            ResourceRepository resources = CoreRepositories.resources(em, practice);
            assertThat(resources.add(room)).isEqualTo(new SaveResult.Saved<>(room));
            assertThat(resources.add(ultrasound).isSaved()).isTrue();
            assertThat(resources.add(new Resource(UUID.randomUUID(), "EXAM ROOM 2", ResourceKind.ROOM, main, true))
                    .problems()).extracting(RecordProblem::code, RecordProblem::field)
                    .containsExactly(tuple(RecordProblem.Code.NAME_TAKEN,
                            "resource.name"));
            assertThat(resources.add(new Resource(UUID.randomUUID(), "Their room", ResourceKind.ROOM, theirLocation,
                    true)).refusedFor(RecordProblem.Code.UNKNOWN_LOCATION)).isTrue();
            assertThat(resources.add(room).refusedFor(RecordProblem.Code.ID_TAKEN)).isTrue();
            assertThat(CoreRepositories.resources(em, other).add(new Resource(UUID.randomUUID(), "Exam room 2",
                    ResourceKind.ROOM, theirLocation, true)).isSaved()).as("names are unique per practice").isTrue();
        });
        run(em -> assertThat(CoreRepositories.resources(em, practice).update(ultrasound.withActive(false))
                .isSaved()).isTrue());

        inTransaction(em -> {
            ResourceRepository resources = CoreRepositories.resources(em, practice);
            assertThat(resources.findAll()).containsExactly(room, ultrasound.withActive(false));
            assertThat(resources.findActive()).containsExactly(room);
            assertThat(resources.findAtLocation(main)).containsExactly(room);
            assertThat(resources.find(ultrasound.id())).contains(ultrasound.withActive(false));
            assertThat(resources.update(new Resource(ultrasound.id(), "Exam room 2", ResourceKind.EQUIPMENT, null,
                    true)).refusedFor(RecordProblem.Code.NAME_TAKEN)).isTrue();
            ResourceRepository theirs = CoreRepositories.resources(em, other);
            assertThat(theirs.find(room.id())).isEmpty();
            assertThat(theirs.findAll()).extracting(Resource::locationId).containsOnly(theirLocation);
            assertThat(theirs.update(room).refusedFor(RecordProblem.Code.NOT_FOUND)).isTrue();
            return null;
        });
    }
}
