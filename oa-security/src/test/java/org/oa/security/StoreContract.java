package org.oa.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.oa.security.account.AccountId;
import org.oa.security.account.AccountState;
import org.oa.security.account.Portal;
import org.oa.security.account.Role;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditQuery;
import org.oa.security.login.LoginOutcome;
import org.oa.security.login.RefusalReason;
import org.oa.security.password.PasswordChange;

/**
 * Behaviour every supported database must show. Subclasses supply the database: each call to {@link #node()}
 * returns a new DataSource object on the same database and schema, as a second application node would.
 */
abstract class StoreContract {

    /** @return a new DataSource object on this test's database */
    protected abstract DataSource node();

    /** @return the schema this test's database uses */
    protected abstract String schema();

    private OaSecurity security(AtomicInteger verifications, AtomicInteger locks) {
        return OaSecurity.builder().dataSource(node()).schema(schema()).hashParameters(TestDatabases.FAST)
                .verificationListener(verifications::incrementAndGet)
                .lockoutNotifier(event -> locks.incrementAndGet()).build();
    }

    @Test
    void migratesCreatesSignsInAndAudits() {
        AtomicInteger verifications = new AtomicInteger();
        OaSecurity security = security(verifications, new AtomicInteger());
        assertThat(security.migrate()).isPositive();
        assertThat(security.migrate()).isZero();
        AccountId id = security.accounts().create(Fixtures.staff("Contract.User", Role.BILLER));
        assertThat(security.accounts().count()).isEqualTo(1);
        assertThat(security.accounts().findByUsername("CONTRACT.USER")).isPresent();
        assertThat(security.login().authenticate(Portal.SERVICE_CENTER, "contract.user",
                Fixtures.GOOD_PASSWORD.toCharArray()).succeeded()).isTrue();
        assertThat(security.login().authenticate(Portal.SERVICE_CENTER, "contract.user", "no".toCharArray()))
                .isEqualTo(new LoginOutcome.Refused(RefusalReason.WRONG_PASSWORD));
        assertThat(security.passwords().change(id, Fixtures.GOOD_PASSWORD.toCharArray(),
                "Quartz-Meadow-Lantern-7".toCharArray())).isInstanceOf(PasswordChange.Changed.class);
        assertThat(security.passwords().change(id, "Quartz-Meadow-Lantern-7".toCharArray(),
                Fixtures.GOOD_PASSWORD.toCharArray())).isInstanceOf(PasswordChange.Rejected.class);
        assertThat(security.audit().search(new AuditQuery(id, AuditAction.LOGIN_SUCCEEDED, null, null, 10)))
                .hasSize(1);
        assertThat(security.audit().searchNewestFirst(new AuditQuery(null, AuditAction.LOGIN_SUCCEEDED, null, null,
                10).inPractice(Fixtures.PRACTICE))).hasSize(1).allSatisfy(
                        e -> assertThat(e.practice()).isEqualTo(Fixtures.PRACTICE));
        assertThat(security.audit().search(AuditQuery.all().inPractice(java.util.UUID.randomUUID()))).isEmpty();
        assertThat(security.audit().verify().intact()).isTrue();
    }

    @Test
    void aPasswordChangeOnOneNodeEndsTheAccountsSessionsOnAnother() {
        OaSecurity nodeA = OaSecurity.builder().dataSource(node()).schema(schema()).hashParameters(TestDatabases.FAST)
                .build();
        OaSecurity nodeB = OaSecurity.builder().dataSource(node()).schema(schema()).hashParameters(TestDatabases.FAST)
                .build();
        nodeA.migrate();
        AccountId id = nodeA.accounts().create(Fixtures.staff("sessions.nodes", Role.BILLER));
        org.oa.security.session.SessionId onA = nodeA.sessions().begin(id, Portal.SERVICE_CENTER, "Chrome on Linux");
        org.oa.security.session.SessionId onB = nodeB.sessions().begin(id, Portal.EHR, "Firefox on Linux");
        assertThat(nodeB.sessions().active(id, java.time.Instant.EPOCH)).hasSize(2);

        assertThat(nodeB.sessions().endOthers(id, onB, org.oa.security.session.SessionEnd.PASSWORD_CHANGED))
                .isEqualTo(1);
        assertThat(nodeA.sessions().touch(onA)).isEqualTo(org.oa.security.session.SessionStatus.ENDED);
        assertThat(nodeA.sessions().touch(onB)).isEqualTo(org.oa.security.session.SessionStatus.ACTIVE);
        assertThat(nodeA.sessions().purge(java.time.Instant.now().plusSeconds(60))).isEqualTo(2);
    }

    @Test
    void runsEverySecondFactorAndRecoveryStatement() {
        TestDatabases.MutableClock clock = new TestDatabases.MutableClock();
        List<String> outbox = new java.util.concurrent.CopyOnWriteArrayList<>();
        OaSecurity security = OaSecurity.builder().dataSource(node()).schema(schema())
                .hashParameters(TestDatabases.FAST).clock(clock).codeSender(message -> outbox.add(message.code())).build();
        security.migrate();
        security.practices().save(new org.oa.security.practice.PracticeSecurity(Fixtures.PRACTICE, "Synthetic Clinic",
                java.util.Set.of("1234567893"), "12-3456789", org.oa.security.lockout.LockoutPolicy.standard(),
                org.oa.security.password.PasswordPolicy.nist80063b()));
        security.practices().save(security.practices().find(Fixtures.PRACTICE).orElseThrow());
        assertThat(security.practices().find(Fixtures.PRACTICE).orElseThrow().npis()).containsExactly("1234567893");
        AccountId id = security.accounts().create(Fixtures.staff("factor.user", Role.BILLER));

        // TOTP: enrol, confirm, accept once, refuse the replay.
        var enrollment = security.twoFactor().enrollTotp(id);
        byte[] key = org.oa.security.internal.twofactor.Base32.decode(enrollment.secretBase32());
        long step = org.oa.security.internal.twofactor.OneTimePassword.step(clock.instant().getEpochSecond());
        assertThat(security.twoFactor().confirmTotp(id,
                org.oa.security.internal.twofactor.OneTimePassword.totp(key, step)))
                .isInstanceOf(org.oa.security.twofactor.TotpConfirmation.Confirmed.class);
        String next = org.oa.security.internal.twofactor.OneTimePassword.totp(key, step + 1);
        assertThat(security.twoFactor().verifyTotp(id, next).accepted()).isTrue();
        assertThat(security.twoFactor().verifyTotp(id, next).accepted()).isFalse();
        List<String> recovery = security.twoFactor().regenerateRecoveryCodes(id);
        assertThat(security.twoFactor().verifyRecoveryCode(id, recovery.get(0)).accepted()).isTrue();
        assertThat(security.twoFactor().verifyRecoveryCode(id, recovery.get(0)).accepted()).isFalse();

        // E-mail code: send, throttle, verify once.
        assertThat(security.twoFactor().sendCode(id, org.oa.security.twofactor.CodeChannel.EMAIL))
                .isInstanceOf(org.oa.security.twofactor.CodeDispatch.Sent.class);
        assertThat(security.twoFactor().sendCode(id, org.oa.security.twofactor.CodeChannel.EMAIL))
                .isInstanceOf(org.oa.security.twofactor.CodeDispatch.Throttled.class);
        assertThat(security.twoFactor().verifyCode(id, outbox.get(0)).accepted()).isTrue();
        assertThat(security.twoFactor().disableTotp(id)).isTrue();

        // Reset token, remembered device, SFTP credential.
        var reset = security.passwordResets().request("factor.user").orElseThrow();
        assertThat(security.passwordResets().complete(reset.token(), "Ember-Lattice-Quiver-3".toCharArray()))
                .isEqualTo(new org.oa.security.recovery.ResetOutcome.Completed(id));
        var device = security.rememberedDevices().remember(id, "Test browser");
        assertThat(security.rememberedDevices().isRemembered(id, device.token())).isTrue();
        assertThat(security.rememberedDevices().list(id)).hasSize(1);
        assertThat(security.rememberedDevices().revoke(id, device.device().id())).isTrue();
        AccountId patient = security.accounts().create(Fixtures.patient("linked.patient"));
        java.util.UUID record = java.util.UUID.randomUUID();
        assertThat(security.patientRecordLinks().link(patient, Fixtures.PRACTICE, record))
                .isEqualTo(org.oa.security.account.PatientRecordLinks.Outcome.LINKED);
        assertThat(security.patientRecordLinks().find(patient)).map(l -> l.patientId()).contains(record);
        assertThat(security.patientRecordLinks().unlink(patient)).isTrue();
        var sftp = security.sftp().issue(id);
        assertThat(security.sftp().authenticate(sftp.username(), sftp.secret().toCharArray()))
                .isInstanceOf(org.oa.security.sftp.SftpLoginOutcome.Success.class);
        assertThat(security.audit().verify().intact()).isTrue();
    }

    @Test
    void runsEveryPhoneNumberStatement() {
        TestDatabases.MutableClock clock = new TestDatabases.MutableClock();
        List<org.oa.security.twofactor.CodeMessage> texts = new java.util.concurrent.CopyOnWriteArrayList<>();
        OaSecurity security = OaSecurity.builder().dataSource(node()).schema(schema())
                .hashParameters(TestDatabases.FAST).clock(clock).codeSender(texts::add).build();
        security.migrate();
        AccountId id = security.accounts().create(Fixtures.staff("phone.contract", Role.BILLER));
        var phones = security.phoneNumbers();
        var first = org.oa.security.twofactor.PhoneNumber.parse("+1 (555) 010-0123");
        var second = org.oa.security.twofactor.PhoneNumber.parse("+44 7700 900123");

        assertThat(phones.change(id, "+1 (555) 010-0123"))
                .isInstanceOf(org.oa.security.twofactor.PhoneNumberChange.CodeSent.class);
        assertThat(phones.change(id, "+1 (555) 010-0123"))
                .isInstanceOf(org.oa.security.twofactor.PhoneNumberChange.Throttled.class);
        assertThat(phones.pending(id)).contains(first);
        assertThat(phones.confirm(id, texts.get(0).code()).accepted()).isTrue();
        assertThat(phones.confirmed(id)).contains(first);
        assertThat(phones.pending(id)).isEmpty();

        clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(security.twoFactor().sendCode(id, org.oa.security.twofactor.CodeChannel.SMS))
                .isInstanceOf(org.oa.security.twofactor.CodeDispatch.Sent.class);
        assertThat(texts.get(1).to()).isEqualTo("+15550100123");
        assertThat(security.twoFactor().verifyCode(id, texts.get(1).code()).accepted()).isTrue();

        assertThat(phones.change(id, "0044 7700 900123"))
                .isInstanceOf(org.oa.security.twofactor.PhoneNumberChange.CodeSent.class);
        clock.advance(java.time.Duration.ofMinutes(1));
        assertThat(phones.resendConfirmation(id))
                .isInstanceOf(org.oa.security.twofactor.PhoneNumberChange.CodeSent.class);
        assertThat(phones.confirm(id, texts.get(3).code()).accepted()).isTrue();
        assertThat(phones.confirmed(id)).contains(second);
        assertThat(phones.remove(id)).isTrue();
        assertThat(phones.confirmed(id)).isEmpty();
        assertThat(security.audit().search(new AuditQuery(id, AuditAction.PHONE_NUMBER_CHANGED, null, null, 10)))
                .hasSize(1);
        assertThat(security.audit().verify().intact()).isTrue();
    }

    @Test
    void twoNodesFiringConcurrentWrongPasswordsVerifyNoMoreThanTheThreshold() throws Exception {
        AtomicInteger verifications = new AtomicInteger();
        AtomicInteger locks = new AtomicInteger();
        OaSecurity nodeA = security(verifications, locks);
        OaSecurity nodeB = security(verifications, locks);
        nodeA.migrate();
        nodeB.migrate();
        AccountId id = nodeA.accounts().create(Fixtures.staff("target.user", Role.CLINICIAN));
        verifications.set(0);

        int threadsPerNode = 10;
        int attemptsPerThread = 3;
        ExecutorService pool = Executors.newFixedThreadPool(2 * threadsPerNode);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<LoginOutcome>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < 2 * threadsPerNode; t++) {
                OaSecurity node = t % 2 == 0 ? nodeA : nodeB;
                results.add(pool.submit(() -> {
                    start.await();
                    List<LoginOutcome> outcomes = new ArrayList<>();
                    for (int i = 0; i < attemptsPerThread; i++) {
                        outcomes.add(node.login().authenticate(Portal.EHR, "target.user",
                                "Wrong-Guess-0000".toCharArray()));
                    }
                    return outcomes;
                }));
            }
            start.countDown();
            List<LoginOutcome> all = new ArrayList<>();
            for (Future<List<LoginOutcome>> result : results) {
                all.addAll(result.get(5, TimeUnit.MINUTES));
            }
            assertThat(all).hasSize(2 * threadsPerNode * attemptsPerThread).noneMatch(LoginOutcome::succeeded);
            assertThat(all).filteredOn(o -> ((LoginOutcome.Refused) o).reason() == RefusalReason.WRONG_PASSWORD)
                    .hasSize(5);
        } finally {
            pool.shutdownNow();
        }
        // Five reservations were granted in the database; every other attempt was refused before hashing.
        assertThat(verifications).hasValue(5);
        assertThat(locks).hasValue(1);
        assertThat(nodeB.accounts().find(id).orElseThrow().state()).isEqualTo(AccountState.LOCKED);
        assertThat(nodeA.login().authenticate(Portal.EHR, "target.user", Fixtures.GOOD_PASSWORD.toCharArray()))
                .isEqualTo(new LoginOutcome.Refused(RefusalReason.LOCKED));
        assertThat(verifications).hasValue(5);
        assertThat(nodeA.audit().search(new AuditQuery(id, AuditAction.ACCOUNT_LOCKED, null, null, 10))).hasSize(1);
        assertThat(nodeA.audit().search(new AuditQuery(id, AuditAction.LOGIN_REFUSED, null, null, 100)))
                .hasSize(2 * threadsPerNode * attemptsPerThread + 1);
        assertThat(nodeB.audit().verify().intact()).isTrue();

        assertThat(nodeB.accounts().unlock(id)).isTrue();
        assertThat(nodeA.login().authenticate(Portal.EHR, "target.user", Fixtures.GOOD_PASSWORD.toCharArray())
                .succeeded()).isTrue();
    }

    @Test
    void singleUseSecretsAreAcceptedOnceWhenTwoNodesRaceForThem() throws Exception {
        TestDatabases.MutableClock clock = new TestDatabases.MutableClock();
        List<org.oa.security.twofactor.CodeMessage> texts = new java.util.concurrent.CopyOnWriteArrayList<>();
        OaSecurity nodeA = OaSecurity.builder().dataSource(node()).schema(schema()).hashParameters(TestDatabases.FAST)
                .clock(clock).codeSender(texts::add).build();
        OaSecurity nodeB = OaSecurity.builder().dataSource(node()).schema(schema()).hashParameters(TestDatabases.FAST)
                .clock(clock).codeSender(texts::add).build();
        nodeA.migrate();
        // Seven of eight racers fail on purpose; a high threshold keeps the lockout out of this test.
        nodeA.practices().save(new org.oa.security.practice.PracticeSecurity(Fixtures.PRACTICE, "Synthetic Clinic",
                java.util.Set.of(), null, new org.oa.security.lockout.LockoutPolicy(100,
                        java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(30)),
                org.oa.security.password.PasswordPolicy.standard()));
        AccountId id = nodeA.accounts().create(Fixtures.staff("race.user", Role.CLINICIAN));
        var enrollment = nodeA.twoFactor().enrollTotp(id);
        byte[] key = org.oa.security.internal.twofactor.Base32.decode(enrollment.secretBase32());
        long step = org.oa.security.internal.twofactor.OneTimePassword.step(clock.instant().getEpochSecond());
        List<String> recovery = ((org.oa.security.twofactor.TotpConfirmation.Confirmed) nodeA.twoFactor()
                .confirmTotp(id, org.oa.security.internal.twofactor.OneTimePassword.totp(key, step))).recoveryCodes();
        String nextCode = org.oa.security.internal.twofactor.OneTimePassword.totp(key, step + 1);
        String token = nodeB.passwordResets().request("race.user").orElseThrow().token();
        assertThat(nodeA.phoneNumbers().change(id, "+1 555 010 0142"))
                .isInstanceOf(org.oa.security.twofactor.PhoneNumberChange.CodeSent.class);
        String phoneCode = texts.get(0).code();

        assertThat(race(nodeA, nodeB, node -> node.twoFactor().verifyTotp(id, nextCode).accepted())).isEqualTo(1);
        assertThat(race(nodeA, nodeB, node -> node.twoFactor().verifyRecoveryCode(id, recovery.get(0)).accepted()))
                .isEqualTo(1);
        assertThat(race(nodeA, nodeB, node -> node.phoneNumbers().confirm(id, phoneCode).accepted())).isEqualTo(1);
        assertThat(nodeB.audit().search(new AuditQuery(id, AuditAction.PHONE_NUMBER_SET, null, null, 10))).hasSize(1);
        assertThat(race(nodeA, nodeB, node -> node.passwordResets().complete(token,
                "Cobalt-Thistle-Ferry-12".toCharArray()) instanceof org.oa.security.recovery.ResetOutcome.Completed))
                .isEqualTo(1);
        assertThat(nodeA.audit().verify().intact()).isTrue();
    }

    /** Runs the same attempt on 4 threads per node at once; returns how many succeeded. */
    private static int race(OaSecurity nodeA, OaSecurity nodeB, java.util.function.Predicate<OaSecurity> attempt)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                OaSecurity node = t % 2 == 0 ? nodeA : nodeB;
                results.add(pool.submit(() -> {
                    start.await();
                    return attempt.test(node);
                }));
            }
            start.countDown();
            int accepted = 0;
            for (Future<Boolean> result : results) {
                accepted += result.get(2, TimeUnit.MINUTES) ? 1 : 0;
            }
            return accepted;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentAuditAppendsFromTwoNodesFormOneUnbrokenChain() throws Exception {
        OaSecurity nodeA = security(new AtomicInteger(), new AtomicInteger());
        OaSecurity nodeB = security(new AtomicInteger(), new AtomicInteger());
        nodeA.migrate();
        long before = nodeA.audit().search(AuditQuery.all()).size();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                OaSecurity node = t % 2 == 0 ? nodeA : nodeB;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        node.audit().record(new org.oa.security.audit.AuditEvent(AuditAction.SIGNED_OUT, null,
                                Portal.PATIENT, "idle timeout"));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(nodeB.audit().search(AuditQuery.all())).hasSize((int) before + 80);
        assertThat(nodeB.audit().verify().intact()).isTrue();
    }
}
