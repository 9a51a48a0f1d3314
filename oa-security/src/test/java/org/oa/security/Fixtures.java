package org.oa.security;

import java.util.Set;
import java.util.UUID;
import org.oa.security.account.NewAccount;
import org.oa.security.account.Role;

/** Synthetic accounts for tests. */
public final class Fixtures {

    /** A practice identifier used across tests. */
    public static final UUID PRACTICE = UUID.fromString("00000000-0000-4000-8000-000000000001");

    /** A password that meets the standard policy. */
    public static final String GOOD_PASSWORD = "Plum-Orbit-Kettle-42";

    private Fixtures() {
    }

    /**
     * @param username the username
     * @param roles    staff roles
     * @return a staff account of {@link #PRACTICE} with {@link #GOOD_PASSWORD}
     */
    public static NewAccount staff(String username, Role... roles) {
        return new NewAccount(username, "Test " + username, username.replaceAll("\\W", "") + "@example.test",
                PRACTICE, Set.of(roles), GOOD_PASSWORD.toCharArray());
    }

    /**
     * @param username the username
     * @return a patient account with {@link #GOOD_PASSWORD}
     */
    public static NewAccount patient(String username) {
        return new NewAccount(username, "Patient " + username, "p" + Math.abs(username.hashCode()) + "@example.test",
                null, Set.of(Role.PATIENT), GOOD_PASSWORD.toCharArray());
    }
}
