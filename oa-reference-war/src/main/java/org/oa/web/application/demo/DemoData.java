package org.oa.web.application.demo;

import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.oa.core.identifier.Npi;
import org.oa.core.identifier.TaxId;
import org.oa.core.practice.Location;
import org.oa.core.practice.OfficeHours;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.Provider;
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
import org.oa.web.application.Repositories;
import org.oa.web.application.audit.PatientDataAudit;

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

    @Inject
    OaSecurity security;

    @Inject
    PatientDataAudit patientDataAudit;

    @Inject
    DemoPracticeRecord practiceRecord;

    @Inject
    DemoSchedule demoSchedule;

    @Inject
    Repositories repositories;

    /** One demo account. */
    public record DemoAccount(String username, String displayName, Set<Role> roles) {
    }

    /** True when the database holds neither practices nor accounts. */
    public boolean databaseIsEmpty() {
        return repositories.practices().count() == 0 && security.accounts().count() == 0;
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
        repositories.practices().add(practice);
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
     * Gives the demo practice (demo.admin's) its patients with their coverages and its providers their office hours
     * in one transaction ({@link DemoPracticeRecord#store}), then records that in the audit trail ("by demo data")
     * and links demo.patient to Casey Patient's record. Does nothing when demo.patient is already linked (so a second
     * start duplicates nothing) or when there are no demo accounts. The security library is called only outside the
     * transaction, as it asks; if linking fails after the records were stored, the next start finds their account
     * numbers taken, stores nothing again and links.
     */
    public Completed completePracticeRecord() {
        Optional<AccountView> admin = security.accounts().findByUsername("demo.admin");
        Optional<AccountView> patientAccount = security.accounts().findByUsername("demo.patient");
        if (admin.isEmpty() || admin.get().practiceId() == null || patientAccount.isEmpty()
                || security.patientRecordLinks().find(patientAccount.get().id()).isPresent()) {
            return new Completed(0, 0, 0, false);
        }
        Optional<DemoPracticeRecord.Stored> stored = practiceRecord.store(new PracticeId(admin.get().practiceId()));
        if (stored.isEmpty()) {
            return new Completed(0, 0, 0, false);
        }
        DemoPracticeRecord.Stored s = stored.get();
        patientDataAudit.recordedWithoutUser(s.events(), "demo data");
        boolean linked = s.casey() != null && security.patientRecordLinks().link(patientAccount.get().id(),
                admin.get().practiceId(), s.casey().value()) == PatientRecordLinks.Outcome.LINKED;
        return new Completed(s.patientsCreated(), s.coveragesAdded(), s.providersGivenHours(), linked);
    }

    /**
     * Books today's demo appointments in the demo practice (demo.admin's) when its calendar has none today
     * ({@link DemoSchedule}); returns how many.
     */
    public int completeSchedule() {
        Optional<AccountView> admin = security.accounts().findByUsername("demo.admin");
        if (admin.isEmpty() || admin.get().practiceId() == null) {
            return 0;
        }
        return demoSchedule.fillToday(new PracticeId(admin.get().practiceId()));
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
