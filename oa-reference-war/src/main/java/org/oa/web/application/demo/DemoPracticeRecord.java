package org.oa.web.application.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.oa.core.contact.Address;
import org.oa.core.contact.PhoneType;
import org.oa.core.identifier.MemberId;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.CoverageId;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.CoverageRepository;
import org.oa.core.patient.DuplicateCheck;
import org.oa.core.patient.Guarantor;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientRecordEvent;
import org.oa.core.patient.PatientRelationship;
import org.oa.core.patient.PatientRepository;
import org.oa.core.patient.PersonName;
import org.oa.core.patient.RelatedPerson;
import org.oa.core.patient.Sex;
import org.oa.core.practice.OfficeHours;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.Provider;
import org.oa.core.practice.ProviderRepository;
import org.oa.core.practice.SaveResult;
import org.oa.web.application.Repositories;

/**
 * The demo practice's record: 25 synthetic patients with their coverages and the providers' office hours, stored
 * in one transaction by {@link DemoData#completePracticeRecord}. Names no one has, 555-01xx telephone numbers, member
 * IDs of no plan.
 */
@ApplicationScoped
public class DemoPracticeRecord {

    /** The payers of the demo coverages, from the bundled payer list; most patients have SIM01. */
    static final PayerId SIM01 = PayerId.of("SIM01");
    static final PayerId BLUEWATER = PayerId.of("BLU10");
    static final PayerId GREENLEAF = PayerId.of("GRN01");

    /** The account number of demo.patient's own record. */
    public static final AccountNumber CASEY_ACCOUNT = AccountNumber.of("SFM-0001");

    /**
     * The demo practice's patients, aged 2 to 90. Birth dates are given as an age on the day of creation except Casey
     * Patient's, demo.patient's own record, which is fixed. A child is on a parent's policy (by the parent's
     * account number); everyone else is their own subscriber.
     */
    static final List<DemoPatient> PATIENTS = List.of(
            new DemoPatient("SFM-0001", "Casey", "Patient", Sex.FEMALE, LocalDate.of(1986, 3, 4), 0, 101,
                    SIM01, "SIM500000001", GREENLEAF, "GRN700000001", null),
            new DemoPatient("SFM-0002", "Alex", "Sample", Sex.MALE, null, 34, 102, SIM01, "SIM500000002", null, null,
                    null),
            new DemoPatient("SFM-0003", "Jordan", "Example", Sex.FEMALE, null, 45, 103, SIM01, "SIM500000003", null,
                    null, null),
            new DemoPatient("SFM-0004", "Robin", "Testcase", Sex.FEMALE, null, 67, 104, SIM01, "SIM500000004",
                    BLUEWATER, "BLU600000004", null),
            new DemoPatient("SFM-0005", "Morgan", "Placeholder", Sex.MALE, null, 29, 105, BLUEWATER, "BLU600000005",
                    null, null, null),
            new DemoPatient("SFM-0006", "Taylor", "Fictional", Sex.FEMALE, null, 52, 106, SIM01, "SIM500000006",
                    null, null, null),
            new DemoPatient("SFM-0007", "Jamie", "Example", Sex.MALE, null, 8, 103, null, null, null, null,
                    "SFM-0003"),
            new DemoPatient("SFM-0008", "Quinn", "Madeup", Sex.MALE, null, 90, 108, SIM01, "SIM500000008",
                    BLUEWATER, "BLU600000008", null),
            new DemoPatient("SFM-0009", "Sky", "Sample", Sex.FEMALE, null, 2, 102, null, null, null, null,
                    "SFM-0002"),
            new DemoPatient("SFM-0010", "Riley", "Specimen", Sex.FEMALE, null, 73, 110, GREENLEAF, "GRN700000010",
                    null, null, null),
            new DemoPatient("SFM-0011", "Parker", "Dummy", Sex.MALE, null, 19, 111, SIM01, "SIM500000011", null,
                    null, null),
            new DemoPatient("SFM-0012", "Reese", "Mockup", Sex.FEMALE, null, 38, 112, SIM01, "SIM500000012", null,
                    null, null),
            new DemoPatient("SFM-0013", "Emerson", "Pretend", Sex.MALE, null, 61, 113, BLUEWATER, "BLU600000013",
                    null, null, null),
            new DemoPatient("SFM-0014", "Rowan", "Imaginary", Sex.FEMALE, null, 15, 114, SIM01, "SIM500000014",
                    null, null, null),
            new DemoPatient("SFM-0015", "Hayden", "Invented", Sex.MALE, null, 83, 115, SIM01, "SIM500000015",
                    GREENLEAF, "GRN700000015", null),
            new DemoPatient("SFM-0016", "Sage", "Nonesuch", Sex.FEMALE, null, 47, 116, SIM01, "SIM500000016", null,
                    null, null),
            new DemoPatient("SFM-0017", "Finley", "Phantom", Sex.MALE, null, 24, 117, GREENLEAF, "GRN700000017",
                    null, null, null),
            new DemoPatient("SFM-0018", "Dakota", "Hypothetical", Sex.FEMALE, null, 56, 118, SIM01, "SIM500000018",
                    null, null, null),
            new DemoPatient("SFM-0019", "Charlie", "Example", Sex.FEMALE, null, 11, 103, null, null, null, null,
                    "SFM-0003"),
            new DemoPatient("SFM-0020", "Blair", "Testcase", Sex.MALE, null, 70, 104, SIM01, "SIM500000020",
                    BLUEWATER, "BLU600000020", null),
            new DemoPatient("SFM-0021", "Kendall", "Fabricated", Sex.FEMALE, null, 33, 121, BLUEWATER,
                    "BLU600000021", null, null, null),
            new DemoPatient("SFM-0022", "Marlowe", "Mockup", Sex.MALE, null, 41, 112, SIM01, "SIM500000022", null,
                    null, null),
            new DemoPatient("SFM-0023", "Ellis", "Pseudonym", Sex.MALE, null, 78, 123, SIM01, "SIM500000023", null,
                    null, null),
            new DemoPatient("SFM-0024", "Jules", "Fauxname", Sex.FEMALE, null, 27, 124, GREENLEAF, "GRN700000024",
                    SIM01, "SIM500000024", null),
            new DemoPatient("SFM-0025", "Harper", "Demo", Sex.MALE, null, 64, 125, SIM01, "SIM500000025", null,
                    null, null));

    @Inject
    Repositories repositories;

    /**
     * One demo patient.
     *
     * @param account         the account number
     * @param born            the birth date, or null: then the patient is {@code age} years old on the day the demo
     *                        data is created
     * @param house           the house number on Example Street, also the last two digits of the 555-01xx phone
     * @param primaryPayer    the primary payer, or null for a child on the policy of {@code parentAccount}
     * @param secondaryPayer  a secondary payer, or null
     * @param parentAccount   the account number of the parent whose policy covers the child, or null
     */
    record DemoPatient(String account, String first, String last, Sex sex, LocalDate born, int age, int house,
                       PayerId primaryPayer, String primaryMember, PayerId secondaryPayer, String secondaryMember,
                       String parentAccount) {

        LocalDate birthDate(LocalDate today) {
            if (born != null) {
                return born;
            }
            // Between 1 and 300 days short of one more year: the patient is exactly age years old today.
            int n = Integer.parseInt(account.substring(4));
            return today.minusYears(age).minusDays(1 + (n * 37) % 300);
        }

        Address address() {
            return new Address(house + " Example Street", "", "Springfield", "IL", "62701");
        }
    }

    /**
     * What {@link #store} stored.
     *
     * @param casey  the ID of demo.patient's own record (Casey Patient, {@link #CASEY_ACCOUNT}), created now or
     *               before; null when the practice has no patient with that account number
     * @param events what the repositories reported, for the audit trail once the transaction committed
     */
    public record Stored(int patientsCreated, int coveragesAdded, int providersGivenHours, PatientId casey,
                         List<PatientRecordEvent> events) {
        public Stored {
            events = List.copyOf(events);
        }
    }

    /**
     * Stores the demo patients that are not there yet (by account number; a taken one is left as it is) with their
     * coverages, and the office hours of providers that have none. Empty when the practice is not stored.
     */
    @Transactional
    public Optional<Stored> store(PracticeId practice) {
        Optional<Practice> stored = repositories.practices().find(practice);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        int providers = giveOfficeHours(practice, stored.get().locations().get(0).id());
        List<PatientRecordEvent> events = new ArrayList<>();
        PatientRepository patients = repositories.patients(practice, events::add);
        CoverageRepository coverages = repositories.coverages(practice, events::add);
        LocalDate today = LocalDate.now();
        Map<String, PatientRecord> created = new HashMap<>();
        int coveragesAdded = 0;
        for (DemoPatient demo : PATIENTS) {
            PatientRecord record = PatientRecord.builder().id(PatientId.random()).practiceId(practice)
                    .accountNumber(AccountNumber.of(demo.account())).name(PersonName.of(demo.first(), demo.last()))
                    .birthDate(demo.birthDate(today)).sex(demo.sex()).address(demo.address())
                    .phone(PhoneType.HOME, "21755501" + String.format("%02d", demo.house() % 100))
                    .guarantor(guarantor(demo, created)).build();
            Optional<PatientRecord> saved = patients.create(record, DuplicateCheck.CHECK).saved();
            if (saved.isEmpty()) {
                continue;
            }
            created.put(demo.account(), saved.get());
            for (CoverageRecord coverage : coverages(demo, saved.get(), created, today)) {
                if (coverages.add(coverage).isSaved()) {
                    coveragesAdded++;
                }
            }
        }
        PatientRecord casey = created.get(CASEY_ACCOUNT.value());
        if (casey == null) {
            casey = patients.findByAccountNumber(CASEY_ACCOUNT).orElse(null);
        }
        return Optional.of(new Stored(created.size(), coveragesAdded, providers, casey == null ? null : casey.id(),
                events));
    }

    /** Sets the demo providers' office hours where none are set; returns how many providers got them. */
    private int giveOfficeHours(PracticeId practice, UUID location) {
        ProviderRepository providers = repositories.providers(practice);
        int given = 0;
        for (Provider provider : providers.findAll()) {
            List<OfficeHours> hours = DemoData.officeHours(provider.npi(), location);
            if (provider.officeHours().isEmpty() && !hours.isEmpty()
                    && providers.update(provider.withOfficeHours(hours)) instanceof SaveResult.Saved) {
                given++;
            }
        }
        return given;
    }

    /** A child's guarantor is the parent (when the parent's record was created here); everyone else their own. */
    private static Guarantor guarantor(DemoPatient demo, Map<String, PatientRecord> created) {
        PatientRecord parent = demo.parentAccount() == null ? null : created.get(demo.parentAccount());
        return parent == null ? Guarantor.self() : Guarantor.of(PatientRelationship.CHILD, parent(parent));
    }

    private static RelatedPerson parent(PatientRecord parent) {
        return new RelatedPerson(parent.name(), parent.birthDate(), parent.sex(), parent.address(),
                parent.phones().isEmpty() ? null : parent.phones().get(0));
    }

    /** The demo patient's coverages, in effect since the start of last year; a child's are the parent's policies. */
    private static List<CoverageRecord> coverages(DemoPatient demo, PatientRecord patient,
                                                  Map<String, PatientRecord> created, LocalDate today) {
        LocalDate since = LocalDate.of(today.getYear() - 1, 1, 1);
        List<CoverageRecord> list = new ArrayList<>();
        if (demo.parentAccount() != null) {
            DemoPatient parent = PATIENTS.stream().filter(p -> p.account().equals(demo.parentAccount())).findFirst()
                    .orElseThrow();
            PatientRecord parentRecord = created.get(parent.account());
            if (parentRecord == null) {
                return list;
            }
            list.add(new CoverageRecord(CoverageId.random(), patient.id(), parent.primaryPayer(),
                    new MemberId(parent.primaryMember()), "SUNRISE-GRP", PatientRelationship.CHILD,
                    parent(parentRecord), CoveragePriority.PRIMARY, since, null));
            return list;
        }
        list.add(CoverageRecord.self(patient.id(), demo.primaryPayer(), new MemberId(demo.primaryMember()),
                "SUNRISE-GRP", CoveragePriority.PRIMARY, since));
        if (demo.secondaryPayer() != null) {
            list.add(CoverageRecord.self(patient.id(), demo.secondaryPayer(), new MemberId(demo.secondaryMember()),
                    "", CoveragePriority.SECONDARY, since));
        }
        return list;
    }
}
