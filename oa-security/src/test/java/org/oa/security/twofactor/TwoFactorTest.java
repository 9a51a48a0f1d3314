package org.oa.security.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.security.Fixtures;
import org.oa.security.OaSecurity;
import org.oa.security.TestDatabases;
import org.oa.security.TestDatabases.MutableClock;
import org.oa.security.account.AccountId;
import org.oa.security.account.AccountState;
import org.oa.security.account.AccountView;
import org.oa.security.account.Role;
import org.oa.security.internal.twofactor.Base32;
import org.oa.security.internal.twofactor.OneTimePassword;

class TwoFactorTest {

    private record Sent(AccountView account, CodeChannel channel, String to, String code) {
    }

    private final MutableClock clock = new MutableClock();
    private final List<Sent> outbox = new CopyOnWriteArrayList<>();
    private OaSecurity security;
    private AccountId id;

    @BeforeEach
    void setUp() {
        security = OaSecurity.builder().dataSource(TestDatabases.derby()).hashParameters(TestDatabases.FAST)
                .clock(clock).codeSender(message -> outbox.add(new Sent(message.account(), message.channel(), message.to(),
                        message.code())))
                .issuer("OA Test").build();
        security.migrate();
        id = security.accounts().create(Fixtures.staff("two.factor", Role.CLINICIAN));
    }

    private String codeAt(String secret, Duration offset) {
        long seconds = clock.instant().plus(offset).getEpochSecond();
        return OneTimePassword.totp(Base32.decode(secret), OneTimePassword.step(seconds));
    }

    private String enrolled() {
        TotpEnrollment enrollment = security.twoFactor().enrollTotp(id);
        TotpConfirmation confirmation = security.twoFactor().confirmTotp(id, codeAt(enrollment.secretBase32(),
                Duration.ZERO));
        assertThat(confirmation).isInstanceOf(TotpConfirmation.Confirmed.class);
        clock.advance(Duration.ofSeconds(30));
        return enrollment.secretBase32();
    }

    @Test
    void provisionedSecretIsEnrolledAtOnceAndAcceptsItsCodes() {
        String secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
        TotpEnrollment provisioned = security.twoFactor().provisionTotp(id, secret.toLowerCase());
        assertThat(provisioned.secretBase32()).isEqualTo(secret);
        assertThat(provisioned.otpauthUri()).contains("secret=" + secret);
        assertThat(security.twoFactor().totpEnabled(id)).isTrue();
        assertThat(security.twoFactor().verifyTotp(id, codeAt(secret, Duration.ZERO)))
                .isInstanceOf(SecondFactorOutcome.Accepted.class);
        assertThatThrownBy(() -> security.twoFactor().provisionTotp(id, "JBSWY3DP"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("JBSWY3DP");
        assertThatThrownBy(() -> security.twoFactor().provisionTotp(id, "not base32 at all!"))
                .isInstanceOf(IllegalArgumentException.class);
        TotpEnrollment random = security.twoFactor().provisionTotp(id, null);
        assertThat(random.secretBase32()).hasSize(32).isNotEqualTo(secret);
    }

    @Test
    void enrolmentGivesAnOtpauthUriAndAQrCodeThatDecodesToIt() throws Exception {
        TotpEnrollment enrollment = security.twoFactor().enrollTotp(id);
        assertThat(enrollment.secretBase32()).hasSize(32).matches("[A-Z2-7]+");
        assertThat(enrollment.otpauthUri()).isEqualTo("otpauth://totp/OA%20Test%3Atwo.factor?secret="
                + enrollment.secretBase32() + "&issuer=OA%20Test&algorithm=SHA1&digits=6&period=30");
        assertThat(enrollment.toString()).doesNotContain(enrollment.secretBase32());

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(enrollment.qrPng()));
        assertThat(image.getWidth()).isEqualTo(300);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        // PURE_BARCODE: the image is a generated code, not a photo; the detector for photos misreads about 1 in 150.
        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
        assertThat(decoded).isEqualTo(enrollment.otpauthUri());
        assertThat(security.twoFactor().totpEnabled(id)).isFalse();
    }

    @Test
    void confirmationNeedsAValidCodeAndIssuesTenRecoveryCodes() {
        TotpEnrollment enrollment = security.twoFactor().enrollTotp(id);
        List<String> valid = List.of(codeAt(enrollment.secretBase32(), Duration.ofSeconds(-30)),
                codeAt(enrollment.secretBase32(), Duration.ZERO), codeAt(enrollment.secretBase32(), Duration.ofSeconds(30)));
        String wrong = java.util.stream.Stream.of("000000", "111111", "222222", "333333")
                .filter(code -> !valid.contains(code)).findFirst().orElseThrow();
        assertThat(security.twoFactor().confirmTotp(id, wrong))
                .isEqualTo(new TotpConfirmation.Refused(SecondFactorRefusal.WRONG_CODE));
        TotpConfirmation confirmed = security.twoFactor().confirmTotp(id, codeAt(enrollment.secretBase32(),
                Duration.ZERO));
        assertThat(confirmed).isInstanceOfSatisfying(TotpConfirmation.Confirmed.class, c -> {
            assertThat(c.recoveryCodes()).hasSize(10).doesNotHaveDuplicates()
                    .allMatch(code -> code.matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}"));
            assertThat(c.toString()).doesNotContain(c.recoveryCodes().get(0));
        });
        assertThat(security.twoFactor().totpEnabled(id)).isTrue();
    }

    @Test
    void anAccountWithAConfirmedAppCannotStartAFirstEnrolment() {
        enrolled();
        assertThatThrownBy(() -> security.twoFactor().enrollTotp(id)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void replacingTheAppKeepsTheOldOneWorkingUntilTheNewOneIsConfirmed() {
        String old = enrolled();
        TotpEnrollment replacement = security.twoFactor().replaceTotp(id);
        assertThat(replacement.secretBase32()).isNotEqualTo(old);
        assertThat(security.twoFactor().verifyTotp(id, codeAt(old, Duration.ZERO)).accepted()).isTrue();
        clock.advance(Duration.ofSeconds(30));
        assertThat(security.twoFactor().confirmTotp(id, codeAt(replacement.secretBase32(), Duration.ZERO)))
                .isInstanceOf(TotpConfirmation.Confirmed.class);
        clock.advance(Duration.ofSeconds(30));
        assertThat(security.twoFactor().verifyTotp(id, codeAt(old, Duration.ZERO)).accepted()).isFalse();
        assertThat(security.twoFactor().verifyTotp(id, codeAt(replacement.secretBase32(), Duration.ZERO)).accepted())
                .isTrue();
    }

    @Test
    void acceptsTheCurrentAndAdjacentStepsOnceEach() {
        String secret = enrolled();
        String now = codeAt(secret, Duration.ZERO);
        assertThat(security.twoFactor().verifyTotp(id, now).accepted()).isTrue();
        assertThat(security.twoFactor().verifyTotp(id, now))
                .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.REPLAYED));
        // One step of drift ahead is accepted; after that, the older steps are spent.
        assertThat(security.twoFactor().verifyTotp(id, codeAt(secret, Duration.ofSeconds(30))).accepted()).isTrue();
        clock.advance(Duration.ofSeconds(60));
        assertThat(security.twoFactor().verifyTotp(id, codeAt(secret, Duration.ofSeconds(-30))).accepted())
                .isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(security.twoFactor().verifyTotp(id, codeAt(secret, Duration.ofSeconds(-30))).accepted()).isTrue();
    }

    @Test
    void refusesCodesTwoStepsAway() {
        String secret = enrolled();
        String twoAhead = codeAt(secret, Duration.ofSeconds(60));
        String twoBehind = codeAt(secret, Duration.ofSeconds(-60));
        String[] near = {codeAt(secret, Duration.ofSeconds(-30)), codeAt(secret, Duration.ZERO),
            codeAt(secret, Duration.ofSeconds(30))};
        if (!List.of(near).contains(twoAhead)) {
            assertThat(security.twoFactor().verifyTotp(id, twoAhead).accepted()).isFalse();
        }
        if (!List.of(near).contains(twoBehind)) {
            assertThat(security.twoFactor().verifyTotp(id, twoBehind).accepted()).isFalse();
        }
        assertThat(security.twoFactor().verifyTotp(id, "12345").accepted()).isFalse();
        assertThat(security.twoFactor().verifyTotp(id, "abcdef").accepted()).isFalse();
    }

    @Test
    void wrongCodesCountTowardsTheLockout() {
        String secret = enrolled();
        List<String> valid = List.of(codeAt(secret, Duration.ofSeconds(-30)), codeAt(secret, Duration.ZERO),
                codeAt(secret, Duration.ofSeconds(30)));
        List<String> wrong = java.util.stream.IntStream.range(0, 10).mapToObj(i -> "99999" + i)
                .filter(code -> !valid.contains(code)).limit(5).toList();
        for (String code : wrong) {
            assertThat(security.twoFactor().verifyTotp(id, code))
                    .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.WRONG_CODE));
        }
        assertThat(security.accounts().find(id).orElseThrow().state()).isEqualTo(AccountState.LOCKED);
        assertThat(security.twoFactor().verifyTotp(id, "123456"))
                .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.LOCKED));
    }

    @Test
    void recoveryCodesWorkOnceAndRegenerationRevokesTheOldOnes() {
        TotpEnrollment enrollment = security.twoFactor().enrollTotp(id);
        List<String> codes = ((TotpConfirmation.Confirmed) security.twoFactor().confirmTotp(id,
                codeAt(enrollment.secretBase32(), Duration.ZERO))).recoveryCodes();
        assertThat(security.twoFactor().verifyRecoveryCode(id, codes.get(0).toUpperCase()).accepted()).isTrue();
        assertThat(security.twoFactor().verifyRecoveryCode(id, codes.get(0)).accepted()).isFalse();
        assertThat(security.twoFactor().verifyRecoveryCode(id, codes.get(1).replace("-", "")).accepted()).isTrue();
        List<String> fresh = security.twoFactor().regenerateRecoveryCodes(id);
        assertThat(security.twoFactor().verifyRecoveryCode(id, codes.get(2)).accepted()).isFalse();
        assertThat(security.twoFactor().verifyRecoveryCode(id, fresh.get(0)).accepted()).isTrue();
    }

    @Test
    void sealsSecretsAtRestWhenAKeyIsConfigured() throws Exception {
        javax.sql.DataSource dataSource = TestDatabases.derby();
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) 7);
        OaSecurity sealed = OaSecurity.builder().dataSource(dataSource).hashParameters(TestDatabases.FAST)
                .clock(clock).totpSecretKey(key).build();
        sealed.migrate();
        AccountId owner = sealed.accounts().create(Fixtures.staff("sealed.user", Role.CLINICIAN));
        TotpEnrollment enrollment = sealed.twoFactor().enrollTotp(owner);
        assertThat(sealed.twoFactor().confirmTotp(owner, codeAt(enrollment.secretBase32(), Duration.ZERO)))
                .isInstanceOf(TotpConfirmation.Confirmed.class);
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery("SELECT secret FROM OA_SECURITY.totp_credential")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).startsWith("gcm1:").doesNotContain(enrollment.secretBase32());
        }
        clock.advance(Duration.ofSeconds(30));
        assertThat(sealed.twoFactor().verifyTotp(owner, codeAt(enrollment.secretBase32(), Duration.ZERO)).accepted())
                .isTrue();
        OaSecurity withoutKey = OaSecurity.builder().dataSource(dataSource).hashParameters(TestDatabases.FAST)
                .clock(clock).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> withoutKey.twoFactor().verifyTotp(owner, "123456"))
                .isInstanceOf(org.oa.security.OaSecurityException.class).hasMessageContaining("no TOTP key");
    }

    @Test
    void disablingRemovesTheAppAndTheRecoveryCodes() {
        String secret = enrolled();
        assertThat(security.twoFactor().disableTotp(id)).isTrue();
        assertThat(security.twoFactor().totpEnabled(id)).isFalse();
        assertThat(security.twoFactor().verifyTotp(id, codeAt(secret, Duration.ZERO)))
                .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.NOT_ENROLLED));
    }

    @Test
    void sendsAnEmailCodeThatWorksOnceForTenMinutes() {
        CodeDispatch dispatch = security.twoFactor().sendCode(id, CodeChannel.EMAIL);
        assertThat(dispatch).isEqualTo(new CodeDispatch.Sent(clock.instant().plus(Duration.ofMinutes(10))));
        Sent sent = outbox.get(0);
        assertThat(sent.code()).matches("\\d{6}");
        assertThat(sent.account().email()).isEqualTo("twofactor@example.test");
        assertThat(sent.to()).isEqualTo("twofactor@example.test");
        clock.advance(Duration.ofMinutes(9));
        assertThat(security.twoFactor().verifyCode(id, sent.code()).accepted()).isTrue();
        assertThat(security.twoFactor().verifyCode(id, sent.code()))
                .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.NO_CODE_PENDING));
    }

    @Test
    void anEmailCodeExpiresAfterTenMinutes() {
        security.twoFactor().sendCode(id, CodeChannel.EMAIL);
        clock.advance(Duration.ofMinutes(10));
        assertThat(security.twoFactor().verifyCode(id, outbox.get(0).code()))
                .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.EXPIRED));
    }

    @Test
    void throttlesResendsToOnePerMinuteAndANewCodeReplacesTheOld() {
        security.twoFactor().sendCode(id, CodeChannel.EMAIL);
        clock.advance(Duration.ofSeconds(59));
        assertThat(security.twoFactor().sendCode(id, CodeChannel.EMAIL)).isInstanceOf(CodeDispatch.Throttled.class);
        assertThat(outbox).hasSize(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(security.twoFactor().sendCode(id, CodeChannel.EMAIL)).isInstanceOf(CodeDispatch.Sent.class);
        assertThat(outbox).hasSize(2);
        String old = outbox.get(0).code();
        String current = outbox.get(1).code();
        if (!old.equals(current)) {
            assertThat(security.twoFactor().verifyCode(id, old).accepted()).isFalse();
        }
        assertThat(security.twoFactor().verifyCode(id, current).accepted()).isTrue();
    }

    @Test
    void aCodeSurvivesAtMostFiveWrongTries() {
        security.practices().save(new org.oa.security.practice.PracticeSecurity(Fixtures.PRACTICE, "Synthetic Clinic",
                java.util.Set.of(), null, new org.oa.security.lockout.LockoutPolicy(20, Duration.ofMinutes(15),
                        Duration.ofMinutes(30)), org.oa.security.password.PasswordPolicy.standard()));
        security.twoFactor().sendCode(id, CodeChannel.EMAIL);
        String right = outbox.get(0).code();
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(security.twoFactor().verifyCode(id, wrong))
                    .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.WRONG_CODE));
        }
        assertThat(security.twoFactor().verifyCode(id, right))
                .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.TOO_MANY_ATTEMPTS));
    }
}
