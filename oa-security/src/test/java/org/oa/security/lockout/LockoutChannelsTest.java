package org.oa.security.lockout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.oa.security.internal.twofactor.Base32;
import org.oa.security.internal.twofactor.OneTimePassword;
import org.oa.security.login.LoginOutcome;
import org.oa.security.login.RefusalReason;
import org.oa.security.password.PasswordChange;
import org.oa.security.password.ViolationCode;
import org.oa.security.sftp.SftpLoginOutcome;
import org.oa.security.sftp.SftpSecret;
import org.oa.security.twofactor.TotpConfirmation;
import org.oa.security.twofactor.TotpEnrollment;

/**
 * One lockout counter per account, shared by the web password, second-factor codes and SFTP: a success in one
 * channel clears only that channel's failures, so no channel can keep wiping another's.
 */
class LockoutChannelsTest {

    private static final char[] WRONG = "Not-The-Password-1".toCharArray();

    private final MutableClock clock = new MutableClock();
    private OaSecurity security;
    private AccountId id;

    @BeforeEach
    void setUp() {
        security = OaSecurity.builder().dataSource(TestDatabases.derby()).hashParameters(TestDatabases.FAST)
                .clock(clock).build();
        security.migrate();
        id = security.accounts().create(Fixtures.staff("channel.user", Role.BILLER));
    }

    private LoginOutcome web(char[] password) {
        return security.login().authenticate(Portal.SERVICE_CENTER, "channel.user", password);
    }

    private LoginOutcome webRight() {
        return web(Fixtures.GOOD_PASSWORD.toCharArray());
    }

    private void webWrong(int times) {
        for (int i = 0; i < times; i++) {
            assertThat(web(WRONG).succeeded()).isFalse();
        }
    }

    private AccountState state() {
        return security.accounts().find(id).orElseThrow().state();
    }

    @Test
    void aGoodSftpLoginDoesNotClearWrongWebPasswords() {
        SftpSecret sftp = security.sftp().issue(id);
        webWrong(4);
        assertThat(security.sftp().authenticate(sftp.username(), sftp.secret().toCharArray()))
                .isInstanceOf(SftpLoginOutcome.Success.class);
        webWrong(1);
        assertThat(state()).isEqualTo(AccountState.LOCKED);
        assertThat(webRight()).isEqualTo(new LoginOutcome.Refused(RefusalReason.LOCKED));
    }

    @Test
    void sftpLoginsEveryFewSecondsGiveNoUnlimitedWebGuesses() {
        SftpSecret sftp = security.sftp().issue(id);
        for (int round = 0; round < 3; round++) {
            webWrong(2);
            security.sftp().authenticate(sftp.username(), sftp.secret().toCharArray());
        }
        assertThat(state()).isEqualTo(AccountState.LOCKED);
        assertThat(webRight().succeeded()).isFalse();
    }

    @Test
    void aRightWebPasswordDoesNotClearWrongSftpSecrets() {
        SftpSecret sftp = security.sftp().issue(id);
        for (int i = 0; i < 4; i++) {
            assertThat(security.sftp().authenticate(sftp.username(), "wrong-secret-0000".toCharArray()))
                    .isInstanceOf(SftpLoginOutcome.Refused.class);
        }
        assertThat(webRight().succeeded()).isTrue();
        assertThat(security.sftp().authenticate(sftp.username(), "wrong-secret-0000".toCharArray()))
                .isInstanceOf(SftpLoginOutcome.Refused.class);
        assertThat(state()).isEqualTo(AccountState.LOCKED);
    }

    @Test
    void aRightPasswordDoesNotClearWrongSecondFactorCodes() {
        TotpEnrollment app = security.twoFactor().enrollTotp(id);
        assertThat(security.twoFactor().confirmTotp(id, code(app, Duration.ZERO)))
                .isInstanceOf(TotpConfirmation.Confirmed.class);
        clock.advance(Duration.ofMinutes(2));
        String wrongCode = wrongCode(app);
        // The attacker knows the password and retypes it between code guesses.
        for (int round = 0; round < 3; round++) {
            assertThat(webRight().succeeded()).isTrue();
            assertThat(security.twoFactor().verifyTotp(id, wrongCode).accepted()).isFalse();
            assertThat(security.twoFactor().verifyTotp(id, wrongCode).accepted()).isFalse();
        }
        assertThat(state()).isEqualTo(AccountState.LOCKED);
        assertThat(security.twoFactor().verifyTotp(id, code(app, Duration.ZERO)).accepted()).isFalse();
    }

    @Test
    void aSuccessStillClearsItsOwnChannel() {
        SftpSecret sftp = security.sftp().issue(id);
        webWrong(4);
        assertThat(webRight().succeeded()).isTrue();
        webWrong(4);
        assertThat(state()).isEqualTo(AccountState.ACTIVE);
        assertThat(webRight().succeeded()).isTrue();
        for (int i = 0; i < 4; i++) {
            security.sftp().authenticate(sftp.username(), "wrong-secret-0000".toCharArray());
        }
        assertThat(security.sftp().authenticate(sftp.username(), sftp.secret().toCharArray()))
                .isInstanceOf(SftpLoginOutcome.Success.class);
        webWrong(4);
        assertThat(state()).isEqualTo(AccountState.ACTIVE);
    }

    @Test
    void wrongCurrentPasswordsOnTheSecurityPageCountAsSignInAttempts() {
        for (int i = 0; i < 5; i++) {
            PasswordChange change = security.passwords().change(id, WRONG, "Quiet-Harbor-Lamp-77".toCharArray());
            assertThat(change).isInstanceOfSatisfying(PasswordChange.Rejected.class, r -> assertThat(r.violations())
                    .extracting(v -> v.code()).containsExactly(ViolationCode.CURRENT_PASSWORD_WRONG));
        }
        assertThat(state()).isEqualTo(AccountState.LOCKED);
        assertThat(webRight()).isEqualTo(new LoginOutcome.Refused(RefusalReason.LOCKED));
        PasswordChange locked = security.passwords().change(id, Fixtures.GOOD_PASSWORD.toCharArray(),
                "Quiet-Harbor-Lamp-77".toCharArray());
        assertThat(locked).isInstanceOfSatisfying(PasswordChange.Rejected.class, r -> assertThat(r.violations())
                .extracting(v -> v.code()).containsExactly(ViolationCode.ACCOUNT_LOCKED));
    }

    @Test
    void aRightCurrentPasswordClearsWrongPasswords() {
        webWrong(4);
        assertThat(security.passwords().change(id, Fixtures.GOOD_PASSWORD.toCharArray(),
                "Quiet-Harbor-Lamp-77".toCharArray())).isInstanceOf(PasswordChange.Changed.class);
        webWrong(4);
        assertThat(state()).isEqualTo(AccountState.ACTIVE);
    }

    private String code(TotpEnrollment app, Duration offset) {
        long seconds = clock.instant().plus(offset).getEpochSecond();
        return OneTimePassword.totp(Base32.decode(app.secretBase32()), OneTimePassword.step(seconds));
    }

    private String wrongCode(TotpEnrollment app) {
        java.util.List<String> valid = java.util.List.of(code(app, Duration.ofSeconds(-30)), code(app, Duration.ZERO),
                code(app, Duration.ofSeconds(30)));
        return java.util.stream.Stream.of("000000", "111111", "222222", "333333").filter(c -> !valid.contains(c))
                .findFirst().orElseThrow();
    }
}
