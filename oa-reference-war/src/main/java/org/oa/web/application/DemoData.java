package org.oa.web.application;

import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.oa.core.contact.Address;
import org.oa.core.contact.PhoneType;
import org.oa.core.identifier.MemberId;
import org.oa.core.identifier.Npi;
import org.oa.core.identifier.PayerId;
import org.oa.core.identifier.TaxId;
import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.CoverageId;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.CoverageRepository;
import org.oa.core.patient.DuplicateCheck;
import org.oa.core.patient.Guarantor;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientRecordListener;
import org.oa.core.patient.PatientRelationship;
import org.oa.core.patient.PatientRepository;
import org.oa.core.patient.PersonName;
import org.oa.core.patient.RelatedPerson;
import org.oa.core.patient.Sex;
import org.oa.core.persistence.CorePersistence;
import org.oa.core.persistence.CoreRepositories;
import org.oa.core.practice.Location;
import org.oa.core.practice.OfficeHours;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.Provider;
import org.oa.core.practice.ProviderRepository;
import org.oa.core.practice.SaveResult;
import org.oa.security.OaSecurity;
import org.oa.security.account.AccountView;
import org.oa.security.account.NewAccount;
import org.oa.security.account.PatientRecordLinks;
import org.oa.security.account.Registration;
import org.oa.security.account.Role;
import org.oa.security.lockout.LockoutPolicy;
import org.oa.security.password.PasswordPolicy;
import org.oa.security.password.PasswordViolation;
import org.oa.security.practice.PracticeSecurity;

/**
 * Creates the synthetic demo practice "Sunrise Family Medicine" and one account per portal, only into an empty
 * database; then (also in a database made before there was a practice record) its patients with their coverages,
 * the providers' office hours and demo.patient's link to their own record, once. Every name, number and address
 * here is invented: names no one has, 555-01xx telephone numbers, member IDs of no plan.
 */
@ApplicationScoped
public class DemoData {

    /**
     * The demo accounts. The administrator also bills, so signing in to the Service Center asks which role to
     * work in. The office manager is the practice's second administrator, so that one can unlock the other.
     */
    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("demo.biller", "Morgan Biller", Set.of(Role.BILLER)),
            new DemoAccount("demo.frontdesk", "Jordan Frontdesk", Set.of(Role.FRONT_DESK)),
            new DemoAccount("demo.clinician", "Dr. Avery Stone", Set.of(Role.CLINICIAN)),
            new DemoAccount("demo.patient", "Casey Patient", Set.of(Role.PATIENT)),
            new DemoAccount("demo.admin", "Riley Admin", Set.of(Role.PRACTICE_ADMIN, Role.BILLER)),
            new DemoAccount("demo.office", "Sam Office", Set.of(Role.PRACTICE_ADMIN)));

    private static final String PASSWORD_ALPHABET_LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String PASSWORD_ALPHABET_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String PASSWORD_DIGITS = "23456789";
    private static final String PASSWORD_SYMBOLS = "!#%+-=?@";

    /** The SFTP username of the demo practice's software (its secret is the demo password). */
    public static final String DEMO_SFTP_USERNAME = "demo-sftp";

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
    OaSecurity security;

    @Inject
    PatientDataAudit patientDataAudit;

    @PersistenceContext(unitName = "oa")
    EntityManager entityManager;

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

    /** One demo account. */
    public record DemoAccount(String username, String displayName, Set<Role> roles) {
    }

    /** True when the database holds neither practices nor accounts. */
    public boolean databaseIsEmpty() {
        return CorePersistence.practices(entityManager).count() == 0 && security.accounts().count() == 0;
    }

    /** The synthetic demo practice, its two providers with their office hours at its one location. */
    public static Practice practice(PracticeId id) {
        UUID clinic = UUID.randomUUID();
        return new Practice(id, "Sunrise Family Medicine", new TaxId("123456789"), new Npi("1234567893"),
                List.of(new Location(clinic, "Sunrise Main Street Clinic", "100 Main Street",
                        "Springfield", "IL", "627011234", "2175550100")),
                List.of(new Provider(UUID.randomUUID(), "Avery", "Stone", new Npi("1245319599"), "207Q00000X")
                                .withOfficeHours(officeHours(STONE_NPI, clinic)),
                        new Provider(UUID.randomUUID(), "Blake", "Rivera", new Npi("1679576722"), "208D00000X")
                                .withOfficeHours(officeHours(RIVERA_NPI, clinic))));
    }

    private static final Npi STONE_NPI = new Npi("1245319599");
    private static final Npi RIVERA_NPI = new Npi("1679576722");

    /**
     * The demo providers' weekly hours: Dr. Stone weekdays 8 to 12 and 13 to 17 (Friday mornings only), Dr. Rivera
     * Tuesday and Thursday afternoons into the evening, Monday and Wednesday mornings and Saturday mornings.
     */
    static List<OfficeHours> officeHours(Npi provider, UUID location) {
        List<OfficeHours> hours = new ArrayList<>();
        if (provider.equals(STONE_NPI)) {
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                hours.add(OfficeHours.of(day, "08:00", "12:00", location));
                if (day != DayOfWeek.FRIDAY) {
                    hours.add(OfficeHours.of(day, "13:00", "17:00", location));
                }
            }
        } else if (provider.equals(RIVERA_NPI)) {
            hours.add(OfficeHours.of(DayOfWeek.MONDAY, "09:00", "12:30", location));
            hours.add(OfficeHours.of(DayOfWeek.TUESDAY, "12:00", "19:00", location));
            hours.add(OfficeHours.of(DayOfWeek.WEDNESDAY, "09:00", "12:30", location));
            hours.add(OfficeHours.of(DayOfWeek.THURSDAY, "12:00", "19:00", location));
            hours.add(OfficeHours.of(DayOfWeek.SATURDAY, "08:00", "12:00", location));
        }
        return hours;
    }

    /** Stores the demo practice in its own transaction, so that it exists whole or not at all. */
    @Transactional
    public void storePractice(Practice practice) {
        CorePersistence.practices(entityManager).add(practice);
    }

    /**
     * Creates the demo practice's security settings and accounts (the practice itself is stored afterwards by
     * {@link #storePractice}). Returns the password problems when {@code password} breaks the policy; then nothing
     * but the settings is stored.
     */
    public List<String> createAccounts(Practice practice, char[] password) {
        return createAccounts(practice, password, null).problems();
    }

    /**
     * What creating the demo accounts gave.
     *
     * @param problems        password problems; empty when the accounts were created
     * @param clinicianTotp   the {@code otpauth://} URI of demo.clinician's authenticator secret, or null
     */
    public record Created(List<String> problems, String clinicianTotp) {
    }

    /**
     * Creates the demo practice's security settings and accounts; gives demo.clinician an authenticator secret
     * ({@code totpSecret}, or a random one when null) and demo.admin the SFTP credential {@code demo-sftp} with the
     * demo password. The practice itself is stored afterwards by {@link #storePractice}.
     */
    public Created createAccounts(Practice practice, char[] password, String totpSecret) {
        UUID practiceId = practice.id().value();
        security.practices().save(new PracticeSecurity(practiceId, practice.name(),
                practice.providers().stream().map(p -> p.npi().value())
                        .collect(java.util.stream.Collectors.toSet()),
                practice.taxId().value(), LockoutPolicy.standard(), PasswordPolicy.standard()));
        java.util.Map<String, org.oa.security.account.AccountId> ids = new java.util.HashMap<>();
        for (DemoAccount account : ACCOUNTS) {
            UUID accountPractice = account.roles().contains(Role.PATIENT) ? null : practiceId;
            Registration registration = security.accounts().register(new NewAccount(account.username(),
                    account.displayName(), account.username() + "@sunrise.example", accountPractice, account.roles(),
                    password.clone()));
            if (registration instanceof Registration.Rejected rejected) {
                // Only the first account can be refused (same password for all); nothing else was stored yet.
                return new Created(rejected.usernameTaken()
                        ? List.of("the demo username " + account.username() + " is taken")
                        : rejected.violations().stream().map(PasswordViolation::explanation).toList(), null);
            }
            ids.put(account.username(), ((Registration.Created) registration).id());
        }
        security.sftp().provision(ids.get("demo.admin"), DEMO_SFTP_USERNAME, password.clone());
        String secret = totpSecret == null || totpSecret.isBlank() ? null : totpSecret;
        String uri = security.twoFactor().provisionTotp(ids.get("demo.clinician"), secret).otpauthUri();
        return new Created(List.of(), uri);
    }

    /** What {@link #completePracticeRecord} did. */
    public record Completed(int patientsCreated, int coveragesAdded, int providersGivenHours, boolean linked) {
        /** Whether anything was stored. */
        public boolean changedAnything() {
            return patientsCreated > 0 || coveragesAdded > 0 || providersGivenHours > 0 || linked;
        }
    }

    /**
     * Gives the demo practice (demo.admin's) its patients with their coverages and its providers their office hours,
     * and links demo.patient to Casey Patient's record, all in one transaction; does nothing when demo.patient is
     * already linked (so a second start duplicates nothing) or when there are no demo accounts. A patient whose
     * account number is taken is left as it is. Every record created is in the audit trail ("by demo data").
     */
    @Transactional
    public Completed completePracticeRecord() {
        Optional<AccountView> admin = security.accounts().findByUsername("demo.admin");
        Optional<AccountView> patientAccount = security.accounts().findByUsername("demo.patient");
        if (admin.isEmpty() || admin.get().practiceId() == null || patientAccount.isEmpty()
                || security.patientRecordLinks().find(patientAccount.get().id()).isPresent()) {
            return new Completed(0, 0, 0, false);
        }
        PracticeId practice = new PracticeId(admin.get().practiceId());
        Optional<Practice> stored = CorePersistence.practices(entityManager).find(practice);
        if (stored.isEmpty()) {
            return new Completed(0, 0, 0, false);
        }
        int providers = giveOfficeHours(practice, stored.get().locations().get(0).id());
        PatientRecordListener audit = patientDataAudit.systemListener("demo data");
        PatientRepository patients = CoreRepositories.patients(entityManager, practice, audit);
        CoverageRepository coverages = CoreRepositories.coverages(entityManager, practice, audit);
        LocalDate today = LocalDate.now();
        java.util.Map<String, PatientRecord> created = new java.util.HashMap<>();
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
        boolean linked = casey != null && security.patientRecordLinks().link(patientAccount.get().id(),
                practice.value(), casey.id().value()) == PatientRecordLinks.Outcome.LINKED;
        return new Completed(created.size(), coveragesAdded, providers, linked);
    }

    /** Sets the demo providers' office hours where none are set; returns how many providers got them. */
    private int giveOfficeHours(PracticeId practice, UUID location) {
        ProviderRepository providers = CoreRepositories.providers(entityManager, practice);
        int given = 0;
        for (Provider provider : providers.findAll()) {
            List<OfficeHours> hours = officeHours(provider.npi(), location);
            if (provider.officeHours().isEmpty() && !hours.isEmpty()
                    && providers.update(provider.withOfficeHours(hours)) instanceof SaveResult.Saved) {
                given++;
            }
        }
        return given;
    }

    /** A child's guarantor is the parent (when the parent's record was created here); everyone else their own. */
    private static Guarantor guarantor(DemoPatient demo, java.util.Map<String, PatientRecord> created) {
        PatientRecord parent = demo.parentAccount() == null ? null : created.get(demo.parentAccount());
        return parent == null ? Guarantor.self() : Guarantor.of(PatientRelationship.CHILD, parent(parent));
    }

    private static RelatedPerson parent(PatientRecord parent) {
        return new RelatedPerson(parent.name(), parent.birthDate(), parent.sex(), parent.address(),
                parent.phones().isEmpty() ? null : parent.phones().get(0));
    }

    /** The demo patient's coverages, in effect since the start of last year; a child's are the parent's policies. */
    private static List<CoverageRecord> coverages(DemoPatient demo, PatientRecord patient,
                                                  java.util.Map<String, PatientRecord> created, LocalDate today) {
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

    /** A random password of 20 characters holding upper and lower case letters, digits and symbols. */
    public static char[] randomPassword(SecureRandom random) {
        String all = PASSWORD_ALPHABET_LOWER + PASSWORD_ALPHABET_UPPER + PASSWORD_DIGITS + PASSWORD_SYMBOLS;
        char[] password = new char[20];
        password[0] = pick(PASSWORD_ALPHABET_UPPER, random);
        password[1] = pick(PASSWORD_ALPHABET_LOWER, random);
        password[2] = pick(PASSWORD_DIGITS, random);
        password[3] = pick(PASSWORD_SYMBOLS, random);
        for (int i = 4; i < password.length; i++) {
            password[i] = pick(all, random);
        }
        for (int i = password.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = password[i];
            password[i] = password[j];
            password[j] = swap;
        }
        return password;
    }

    private static char pick(String alphabet, SecureRandom random) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
