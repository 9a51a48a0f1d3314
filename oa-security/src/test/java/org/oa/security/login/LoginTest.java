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
    void anUnknownUsernameCostsTheDatabaseWorkOfALockedAccountSoTheAnswerTimeDoesNotTellThemApart() {
        java.util.List<String> statements = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        OaSecurity counted = OaSecurity.builder().dataSource(counting(dataSource, statements))
                .hashParameters(TestDatabases.FAST).build();
        for (int i = 0; i < 5; i++) {
            signIn(Portal.SERVICE_CENTER, "bill.er", "wrong-password-" + i);
        }
        statements.clear();
        assertThat(counted.login().authenticate(Portal.SERVICE_CENTER, "bill.er", "x".toCharArray()))
                .isEqualTo(new LoginOutcome.Refused(RefusalReason.LOCKED));
        java.util.List<String> locked = beforeTheAudit(statements);
        statements.clear();
        assertThat(counted.login().authenticate(Portal.SERVICE_CENTER, "nobody.here", "x".toCharArray()))
                .isEqualTo(new LoginOutcome.Refused(RefusalReason.UNKNOWN_USERNAME));
        assertThat(beforeTheAudit(statements)).as("statements for an unknown username, against those for a locked"
                + " account " + locked).hasSameSizeAs(locked);
        assertThat(signIn(Portal.SERVICE_CENTER, "bill.er", Fixtures.GOOD_PASSWORD))
                .as("the imitation touched no account").isEqualTo(new LoginOutcome.Refused(RefusalReason.LOCKED));
    }

    /** The sign-in's own statements: those before the audit entry is written (its cost is the trail's). */
    private static java.util.List<String> beforeTheAudit(java.util.List<String> statements) {
        java.util.List<String> own = new java.util.ArrayList<>();
        for (String sql : statements) {
            if (sql.contains("audit_")) {
                break;
            }
            own.add(sql);
        }
        return own;
    }

    /** {@code source}, recording the SQL of every statement prepared or created through it. */
    private static DataSource counting(DataSource source, java.util.List<String> statements) {
        return (DataSource) java.lang.reflect.Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(source, method, args);
                    if (result instanceof Connection connection) {
                        return java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                                new Class<?>[] {Connection.class}, (p, m, a) -> {
                                    if (m.getName().equals("prepareStatement") || m.getName().equals("createStatement")
                                            || m.getName().equals("prepareCall")) {
                                        statements.add(a == null || a.length == 0 ? m.getName()
                                                : String.valueOf(a[0]).replaceAll("\\s+", " "));
                                    }
                                    return invoke(connection, m, a);
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
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
