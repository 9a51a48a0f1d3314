package org.oa.web.application;

import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.oa.core.identifier.Npi;
import org.oa.core.identifier.TaxId;
import org.oa.core.persistence.CorePersistence;
import org.oa.core.practice.Location;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.Provider;
import org.oa.security.OaSecurity;
import org.oa.security.account.NewAccount;
import org.oa.security.account.Role;

/**
 * Creates the synthetic demo practice "Sunrise Family Medicine" and one account per portal, only into an empty
 * database. Every name, number and address here is invented.
 */
@ApplicationScoped
public class DemoData {

    /**
     * The demo accounts. The administrator also bills, so signing in to the Service Center asks which role to
     * work in.
     */
    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("demo.biller", "Morgan Biller", Set.of(Role.BILLER)),
            new DemoAccount("demo.frontdesk", "Jordan Frontdesk", Set.of(Role.FRONT_DESK)),
            new DemoAccount("demo.clinician", "Dr. Avery Stone", Set.of(Role.CLINICIAN)),
            new DemoAccount("demo.patient", "Casey Patient", Set.of(Role.PATIENT)),
            new DemoAccount("demo.admin", "Riley Admin", Set.of(Role.PRACTICE_ADMIN, Role.BILLER)));

    private static final String PASSWORD_ALPHABET_LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String PASSWORD_ALPHABET_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String PASSWORD_DIGITS = "23456789";
    private static final String PASSWORD_SYMBOLS = "!#%+-=?@";

    @Inject
    OaSecurity security;

    @PersistenceContext(unitName = "oa")
    EntityManager entityManager;

    /** One demo account. */
    public record DemoAccount(String username, String displayName, Set<Role> roles) {
    }

    /** True when the database holds neither practices nor accounts. */
    public boolean databaseIsEmpty() {
        return CorePersistence.practices(entityManager).count() == 0 && security.accounts().count() == 0;
    }

    /**
     * Stores the demo practice; returns its ID. Runs in its own transaction so that the practice either exists
     * whole or not at all.
     */
    @Transactional
    public PracticeId createPractice() {
        PracticeId id = PracticeId.random();
        Practice practice = new Practice(id, "Sunrise Family Medicine", new TaxId("123456789"), new Npi("1234567893"),
                List.of(new Location(UUID.randomUUID(), "Sunrise Main Street Clinic", "100 Main Street",
                        "Springfield", "IL", "627011234", "2175550100")),
                List.of(new Provider(UUID.randomUUID(), "Avery", "Stone", new Npi("1245319599"), "207Q00000X"),
                        new Provider(UUID.randomUUID(), "Blake", "Rivera", new Npi("1679576722"), "208D00000X")));
        CorePersistence.practices(entityManager).add(practice);
        return id;
    }

    /** Creates the demo accounts of {@code practice}, all with {@code password}. */
    public void createAccounts(PracticeId practice, char[] password) {
        for (DemoAccount account : ACCOUNTS) {
            UUID practiceId = account.roles().contains(Role.PATIENT) ? null : practice.value();
            security.accounts().create(new NewAccount(account.username(), account.displayName(),
                    account.username() + "@sunrise.example", practiceId, account.roles(), password.clone()));
        }
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
