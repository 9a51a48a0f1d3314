package org.oa.security.lockout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.security.Fixtures;
import org.oa.security.OaSecurity;
import org.oa.security.TestDatabases;
import org.oa.security.TestDatabases.MutableClock;
import org.oa.security.account.AccountId;
import org.oa.security.account.AccountState;
import org.oa.security.account.Portal;
import org.oa.security.account.Role;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditQuery;
import org.oa.security.login.LoginOutcome;
import org.oa.security.login.RefusalReason;
import org.oa.security.password.PasswordPolicy;
import org.oa.security.practice.PracticeSecurity;

class LockoutTest {

    private final MutableClock clock = new MutableClock();
    private final AtomicInteger verifications = new AtomicInteger();
    private final List<AccountLocked> notified = new CopyOnWriteArrayList<>();
    private javax.sql.DataSource dataSource;
    private OaSecurity security;
    private AccountId id;

    @BeforeEach
    void setUp() {
        dataSource = TestDatabases.derby();
        security = OaSecurity.builder().dataSource(dataSource).hashParameters(TestDatabases.FAST)
                .clock(clock).verificationListener(verifications::incrementAndGet).lockoutNotifier(notified::add)
                .build();
        security.migrate();
        id = security.accounts().create(Fixtures.staff("lock.me", Role.FRONT_DESK));
        verifications.set(0);
    }

    private LoginOutcome wrong() {
        return security.login().authenticate(Portal.PRACTICE_MATE, "lock.me", "Not-The-Password-1".toCharArray());
    }

    private LoginOutcome right() {
        return security.login().authenticate(Portal.PRACTICE_MATE, "lock.me", Fixtures.GOOD_PASSWORD.toCharArray());
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            wrong();
        }
    }

    @Test
    void locksAfterFiveConsecutiveFailuresForFifteenMinutes() {
        fail(5);
        assertThat(security.accounts().find(id).orElseThrow().state()).isEqualTo(AccountState.LOCKED);
        LoginOutcome locked = right();
        assertThat(locked).isEqualTo(new LoginOutcome.Refused(RefusalReason.LOCKED));
        assertThat(((LoginOutcome.Refused) locked).message()).isEqualTo(LoginOutcome.REFUSAL_MESSAGE);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(right().succeeded()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(right().succeeded()).isTrue();
    }

    @Test
    void checksTheLockBeforeHashing() {
        fail(5);
        assertThat(verifications).hasValue(5);
        fail(10);
        right();
        assertThat(verifications).hasValue(5);
    }

    @Test
    void failuresDuringALockDoNotExtendIt() {
        fail(5);
        clock.advance(Duration.ofMinutes(10));
        fail(20);
        clock.advance(Duration.ofMinutes(5));
        assertThat(right().succeeded()).isTrue();
        assertThat(notified).hasSize(1);
    }

    @Test
    void repeatedLocksLastThirtyMinutesUntilASuccessfulSignIn() {
        fail(5);
        clock.advance(Duration.ofMinutes(15));
        fail(5);
        assertThat(notified).extracting(AccountLocked::lockNumber).containsExactly(1, 2);
        clock.advance(Duration.ofMinutes(29));
        assertThat(right().succeeded()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(right().succeeded()).isTrue();
        fail(5);
        clock.advance(Duration.ofMinutes(15));
        assertThat(right().succeeded()).isTrue();
        assertThat(notified).extracting(AccountLocked::lockNumber).containsExactly(1, 2, 1);
    }

    @Test
    void aSuccessResetsTheConsecutiveFailureCount() {
        fail(4);
        assertThat(right().succeeded()).isTrue();
        fail(4);
        assertThat(right().succeeded()).isTrue();
        assertThat(notified).isEmpty();
    }

    @Test
    void validCredentialsAtAForeignPortalCountAsAFailure() {
        for (int i = 0; i < 5; i++) {
            security.login().authenticate(Portal.EHR, "lock.me", Fixtures.GOOD_PASSWORD.toCharArray());
        }
        assertThat(right()).isEqualTo(new LoginOutcome.Refused(RefusalReason.LOCKED));
    }

    @Test
    void anAdministratorCanUnlock() {
        fail(5);
        assertThat(security.accounts().unlock(id)).isTrue();
        assertThat(security.accounts().find(id).orElseThrow().state()).isEqualTo(AccountState.ACTIVE);
        assertThat(right().succeeded()).isTrue();
        assertThat(security.audit().search(new AuditQuery(id, AuditAction.ACCOUNT_UNLOCKED, null, null, 5)))
                .hasSize(1);
        assertThat(security.accounts().unlock(AccountId.random())).isFalse();
    }

    @Test
    void notifiesOncePerLockWithTheAddressAndTheEnd() {
        fail(7);
        assertThat(notified).singleElement().satisfies(event -> {
            assertThat(event.account().id()).isEqualTo(id);
            assertThat(event.account().email()).isEqualTo("lockme@example.test");
            assertThat(event.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
            assertThat(event.lockNumber()).isEqualTo(1);
            assertThat(event.toString()).doesNotContain("@");
        });
    }

    @Test
    void aFailingNotifierDoesNotChangeTheOutcome() {
        OaSecurity withBrokenMail = OaSecurity.builder().dataSource(TestDatabases.derby())
                .hashParameters(TestDatabases.FAST).clock(clock).lockoutNotifier(event -> {
                    throw new IllegalStateException("smtp down");
                }).build();
        withBrokenMail.migrate();
        withBrokenMail.accounts().create(Fixtures.staff("lock.me", Role.FRONT_DESK));
        for (int i = 0; i < 5; i++) {
            assertThat(withBrokenMail.login().authenticate(Portal.PRACTICE_MATE, "lock.me", "x".toCharArray()))
                    .isEqualTo(new LoginOutcome.Refused(RefusalReason.WRONG_PASSWORD));
        }
        assertThat(withBrokenMail.login().authenticate(Portal.PRACTICE_MATE, "lock.me", "x".toCharArray()))
                .isEqualTo(new LoginOutcome.Refused(RefusalReason.LOCKED));
    }

    @Test
    void followsThePracticePolicy() {
        security.practices().save(new PracticeSecurity(Fixtures.PRACTICE, "Synthetic Family Clinic", Set.of(), null,
                new LockoutPolicy(3, Duration.ofMinutes(5), Duration.ofMinutes(60)), PasswordPolicy.standard()));
        fail(3);
        assertThat(right()).isEqualTo(new LoginOutcome.Refused(RefusalReason.LOCKED));
        clock.advance(Duration.ofMinutes(5));
        fail(3);
        clock.advance(Duration.ofMinutes(59));
        assertThat(right().succeeded()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(right().succeeded()).isTrue();
    }

    @Test
    void patientsUseTheDefaultPolicy() {
        security.accounts().create(Fixtures.patient("pat.lock"));
        for (int i = 0; i < 5; i++) {
            security.login().authenticate(Portal.PATIENT, "pat.lock", "wrong".toCharArray());
        }
        assertThat(security.login().authenticate(Portal.PATIENT, "pat.lock", Fixtures.GOOD_PASSWORD.toCharArray()))
                .isEqualTo(new LoginOutcome.Refused(RefusalReason.LOCKED));
    }

    @Test
    void aCounterLeftFullByAnAttemptThatDiedIsLockedAMinuteLater() throws java.sql.SQLException {
        // A node died between reserving the fifth attempt and recording its result: the counter is full, no lock.
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE OA_SECURITY.account SET failed_attempts = 5, last_attempt_at = "
                    + clock.millis() + " WHERE id = '" + id + "'");
        }
        assertThat(right()).isEqualTo(new LoginOutcome.Refused(RefusalReason.LOCKED));
        assertThat(notified).isEmpty();
        clock.advance(Duration.ofSeconds(61));
        assertThat(right()).isEqualTo(new LoginOutcome.Refused(RefusalReason.LOCKED));
        assertThat(notified).singleElement().satisfies(event ->
                assertThat(event.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(15))));
        clock.advance(Duration.ofMinutes(15));
        assertThat(right().succeeded()).isTrue();
        assertThat(verifications).hasValue(1);
    }

    @Test
    void validatesThePolicy() {
        assertThat(LockoutPolicy.standard()).isEqualTo(new LockoutPolicy(5, Duration.ofMinutes(15),
                Duration.ofMinutes(30)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofMinutes(1),
                Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ofMinutes(10),
                Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
