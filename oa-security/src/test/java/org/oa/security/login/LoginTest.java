package org.oa.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.security.Fixtures;
import org.oa.security.OaSecurity;
import org.oa.security.TestDatabases;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;
import org.oa.security.account.Role;
import org.oa.security.password.Argon2Parameters;

class LoginTest {

    private DataSource dataSource;
    private final AtomicInteger verifications = new AtomicInteger();
    private OaSecurity security;
    private AccountId biller;

    @BeforeEach
    void setUp() {
        dataSource = TestDatabases.derby();
        security = OaSecurity.builder().dataSource(dataSource).hashParameters(TestDatabases.FAST)
                .verificationListener(verifications::incrementAndGet).build();
        security.migrate();
        biller = security.accounts().create(Fixtures.staff("bill.er", Role.BILLER));
        verifications.set(0);
    }

    private LoginOutcome signIn(Portal portal, String username, String password) {
        return security.login().authenticate(portal, username, password.toCharArray());
    }

    @Test
    void acceptsTheRightPasswordAtAPortalTheRolesOpen() {
        LoginOutcome outcome = signIn(Portal.SERVICE_CENTER, "bill.er", Fixtures.GOOD_PASSWORD);
        assertThat(outcome.succeeded()).isTrue();
        assertThat(((LoginOutcome.Success) outcome).rolesInPortal()).containsExactly(Role.BILLER);
    }

    @Test
    void refusesAWrongPasswordWithTheOneRefusalMessage() {
        LoginOutcome outcome = signIn(Portal.SERVICE_CENTER, "bill.er", "Plum-Orbit-Kettle-43");
        assertThat(outcome).isEqualTo(new LoginOutcome.Refused(RefusalReason.WRONG_PASSWORD));
        assertThat(((LoginOutcome.Refused) outcome).message())
                .isEqualTo("The username or password is incorrect for this portal.")
                .isEqualTo(LoginOutcome.REFUSAL_MESSAGE);
    }

    @Test
    void refusesValidCredentialsAtAPortalTheRolesDoNotOpenLikeAWrongPassword() {
        LoginOutcome outcome = signIn(Portal.EHR, "bill.er", Fixtures.GOOD_PASSWORD);
        assertThat(outcome).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(((LoginOutcome.Refused) outcome).reason()).isEqualTo(RefusalReason.PORTAL_NOT_ALLOWED);
        assertThat(((LoginOutcome.Refused) outcome).message()).isEqualTo(LoginOutcome.REFUSAL_MESSAGE);
    }

    @Test
    void spendsOneHashVerificationOnAnUnknownUsernameLikeOnAWrongPassword() {
        signIn(Portal.SERVICE_CENTER, "nobody.here", "Plum-Orbit-Kettle-42");
        assertThat(verifications).hasValue(1);
        signIn(Portal.SERVICE_CENTER, "bill.er", "wrong-password-here");
        assertThat(verifications).hasValue(2);
        assertThat(signIn(Portal.SERVICE_CENTER, "nobody.here", "x"))
                .isEqualTo(new LoginOutcome.Refused(RefusalReason.UNKNOWN_USERNAME));
    }

    @Test
    void matchesUsernamesCaseInsensitivelyAfterNfkcNormalisation() {
        // Full-width letters and an upper-case form are the same username.
        assertThat(signIn(Portal.SERVICE_CENTER, "ＢＩＬＬ.ER", Fixtures.GOOD_PASSWORD).succeeded()).isTrue();
        assertThat(signIn(Portal.SERVICE_CENTER, "  Bill.Er ", Fixtures.GOOD_PASSWORD).succeeded()).isTrue();
    }

    @Test
    void comparesPasswordsExactlyAsTypedWithoutTrimmingOrCaseFolding() {
        assertThat(signIn(Portal.SERVICE_CENTER, "bill.er", Fixtures.GOOD_PASSWORD + " ").succeeded()).isFalse();
        assertThat(signIn(Portal.SERVICE_CENTER, "bill.er", " " + Fixtures.GOOD_PASSWORD).succeeded()).isFalse();
        assertThat(signIn(Portal.SERVICE_CENTER, "bill.er", Fixtures.GOOD_PASSWORD.toLowerCase()).succeeded())
                .isFalse();
        assertThat(signIn(Portal.SERVICE_CENTER, "bill.er", Fixtures.GOOD_PASSWORD).succeeded()).isTrue();
    }

    @Test
    void neverTruncatesLongPasswords() {
        String longPassword = "Aa1!" + "x".repeat(100);
        AccountId id = security.accounts().create(new org.oa.security.account.NewAccount("long.pw", "Long",
                "long@example.test", Fixtures.PRACTICE, java.util.Set.of(Role.CLINICIAN), longPassword.toCharArray()));
        assertThat(id).isNotNull();
        assertThat(signIn(Portal.EHR, "long.pw", longPassword.substring(0, 100)).succeeded()).isFalse();
        assertThat(signIn(Portal.EHR, "long.pw", longPassword.substring(0, 103) + "y").succeeded()).isFalse();
        assertThat(signIn(Portal.EHR, "long.pw", longPassword).succeeded()).isTrue();
    }

    @Test
    void refusesADisabledAccountAfterDummyWork() {
        security.accounts().setDisabled(biller, true);
        assertThat(signIn(Portal.SERVICE_CENTER, "bill.er", Fixtures.GOOD_PASSWORD))
                .isEqualTo(new LoginOutcome.Refused(RefusalReason.DISABLED));
        assertThat(verifications).hasValue(1);
        security.accounts().setDisabled(biller, false);
        assertThat(signIn(Portal.SERVICE_CENTER, "bill.er", Fixtures.GOOD_PASSWORD).succeeded()).isTrue();
    }

    @Test
    void rehashesOnLoginWhenTheParametersChange() throws SQLException {
        String before = storedHash(biller);
        assertThat(before).startsWith("$shiro2$argon2id$v=19$t=1,m=256,p=1$");

        Argon2Parameters stronger = new Argon2Parameters(512, 2, 1);
        OaSecurity upgraded = OaSecurity.builder().dataSource(dataSource).hashParameters(stronger).build();
        assertThat(upgraded.login().authenticate(Portal.SERVICE_CENTER, "bill.er", "nope".toCharArray())
                .succeeded()).isFalse();
        assertThat(storedHash(biller)).isEqualTo(before);

        assertThat(upgraded.login().authenticate(Portal.SERVICE_CENTER, "bill.er",
                Fixtures.GOOD_PASSWORD.toCharArray()).succeeded()).isTrue();
        String after = storedHash(biller);
        assertThat(after).startsWith("$shiro2$argon2id$v=19$t=2,m=512,p=1$").isNotEqualTo(before);
        assertThat(upgraded.login().authenticate(Portal.SERVICE_CENTER, "bill.er",
                Fixtures.GOOD_PASSWORD.toCharArray()).succeeded()).isTrue();
        assertThat(storedHash(biller)).isEqualTo(after);
    }

    private String storedHash(AccountId id) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT password_hash FROM OA_SECURITY.account WHERE id = '" + id + "'")) {
            assertThat(r.next()).isTrue();
            return r.getString(1);
        }
    }
}
