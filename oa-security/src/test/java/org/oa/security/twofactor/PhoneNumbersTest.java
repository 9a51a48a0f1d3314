package org.oa.security.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.security.Fixtures;
import org.oa.security.OaSecurity;
import org.oa.security.TestDatabases;
import org.oa.security.TestDatabases.MutableClock;
import org.oa.security.account.AccountId;
import org.oa.security.account.AccountState;
import org.oa.security.account.Role;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEntry;
import org.oa.security.audit.AuditQuery;

/** Phone numbers for SMS codes: typed, confirmed by a texted code, used, changed and removed. Synthetic numbers. */
class PhoneNumbersTest {

    private static final String FIRST = "+15550100123";
    private static final String SECOND = "+15550100187";

    private final MutableClock clock = new MutableClock();
    private final List<CodeMessage> texts = new CopyOnWriteArrayList<>();
    private final AtomicBoolean gatewayUp = new AtomicBoolean(true);
    private OaSecurity security;
    private PhoneNumbers phones;
    private AccountId id;

    @BeforeEach
    void setUp() {
        security = OaSecurity.builder().dataSource(TestDatabases.derby()).hashParameters(TestDatabases.FAST)
                .clock(clock).codeSender(message -> gatewayUp.get() && texts.add(message)).build();
        security.migrate();
        phones = security.phoneNumbers();
        id = security.accounts().create(Fixtures.staff("phone.user", Role.FRONT_DESK));
    }

    private CodeMessage lastText() {
        return texts.get(texts.size() - 1);
    }

    private void confirm(String typed) {
        assertThat(phones.change(id, typed)).isInstanceOf(PhoneNumberChange.CodeSent.class);
        assertThat(phones.confirm(id, lastText().code()).accepted()).isTrue();
        clock.advance(Duration.ofMinutes(1));
    }

    private List<AuditEntry> audit(AuditAction action) {
        return security.audit().search(new AuditQuery(id, action, null, null, 100));
    }

    @Test
    void normalisesTheTypedNumberAndTextsAConfirmationCodeToIt() {
        PhoneNumberChange change = phones.change(id, "+1 (555) 010-0123");
        assertThat(change).isEqualTo(new PhoneNumberChange.CodeSent(new PhoneNumber(FIRST),
                clock.instant().plus(Duration.ofMinutes(10))));
        assertThat(texts).singleElement().satisfies(text -> {
            assertThat(text.channel()).isEqualTo(CodeChannel.SMS);
            assertThat(text.to()).isEqualTo(FIRST);
            assertThat(text.code()).matches("[0-9]{6}");
            assertThat(text.purpose()).isEqualTo(CodeMessage.Purpose.PHONE_CONFIRMATION);
            assertThat(text.account().id()).isEqualTo(id);
            assertThat(text.toString()).doesNotContain(FIRST).doesNotContain(text.code());
        });
        assertThat(phones.pending(id)).contains(new PhoneNumber(FIRST));
        assertThat(phones.confirmed(id)).as("not usable before the code comes back").isEmpty();
    }

    @Test
    void theNumberIsUsedForSignInCodesOnlyOnceTheTextedCodeIsTypedBack() {
        phones.change(id, "555 010 0123");
        assertThat(security.twoFactor().sendCode(id, CodeChannel.SMS))
                .isEqualTo(new CodeDispatch.NotSent(CodeDispatch.Reason.NO_PHONE_NUMBER));
        assertThat(texts).hasSize(1);

        assertThat(phones.confirm(id, lastText().code())).isEqualTo(new SecondFactorOutcome.Accepted());
        assertThat(phones.confirmed(id)).contains(new PhoneNumber(FIRST));
        assertThat(phones.pending(id)).isEmpty();
        assertThat(phones.confirm(id, lastText().code()))
                .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.NO_CODE_PENDING));

        assertThat(security.twoFactor().sendCode(id, CodeChannel.SMS))
                .isEqualTo(new CodeDispatch.Sent(clock.instant().plus(Duration.ofMinutes(10))));
        CodeMessage signIn = lastText();
        assertThat(signIn.to()).isEqualTo(FIRST);
        assertThat(signIn.purpose()).isEqualTo(CodeMessage.Purpose.SIGN_IN);
        assertThat(security.twoFactor().verifyCode(id, signIn.code()).accepted()).isTrue();
    }

    @Test
    void aMistypedNewNumberNeverReplacesTheConfirmedOne() {
        confirm(FIRST);
        assertThat(phones.change(id, "+1 555 010 0187")).isInstanceOf(PhoneNumberChange.CodeSent.class);
        String codeForSecond = lastText().code();
        assertThat(phones.confirmed(id)).contains(new PhoneNumber(FIRST));

        security.twoFactor().sendCode(id, CodeChannel.SMS);
        assertThat(lastText().to()).as("sign-in codes still go to the confirmed number").isEqualTo(FIRST);
        assertThat(lastText().code()).isNotEqualTo(codeForSecond);

        String wrong = codeForSecond.equals("000000") ? "111111" : "000000";
        assertThat(phones.confirm(id, wrong))
                .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.WRONG_CODE));
        assertThat(phones.confirmed(id)).contains(new PhoneNumber(FIRST));
        assertThat(phones.confirm(id, codeForSecond).accepted()).isTrue();
        assertThat(phones.confirmed(id)).contains(new PhoneNumber(SECOND));
    }

    @Test
    void setChangeAndRemoveAreAuditedWithoutTheNumber() {
        confirm(FIRST);
        confirm(SECOND);
        assertThat(phones.remove(id)).isTrue();
        assertThat(phones.remove(id)).isFalse();
        assertThat(phones.confirmed(id)).isEmpty();
        assertThat(security.twoFactor().sendCode(id, CodeChannel.SMS))
                .isEqualTo(new CodeDispatch.NotSent(CodeDispatch.Reason.NO_PHONE_NUMBER));

        assertThat(audit(AuditAction.PHONE_NUMBER_SET)).hasSize(1);
        assertThat(audit(AuditAction.PHONE_NUMBER_CHANGED)).hasSize(1);
        assertThat(audit(AuditAction.PHONE_NUMBER_REMOVED)).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("confirmed number removed"));
        assertThat(audit(AuditAction.CODE_SENT)).extracting(AuditEntry::detail)
                .containsOnly("SMS phone-confirmation");
        assertThat(security.audit().search(new AuditQuery(id, null, null, null, 1000)))
                .extracting(AuditEntry::detail).noneMatch(d -> d.contains("0123") || d.contains("0187"));
        assertThat(security.audit().verify().intact()).isTrue();
    }

    @Test
    void removingAnUnconfirmedNumberIsAuditedAndSpendsItsCode() {
        phones.change(id, FIRST);
        String code = lastText().code();
        assertThat(phones.remove(id)).isTrue();
        assertThat(phones.pending(id)).isEmpty();
        assertThat(phones.confirm(id, code))
                .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.NO_CODE_PENDING));
        assertThat(audit(AuditAction.PHONE_NUMBER_REMOVED)).extracting(AuditEntry::detail)
                .containsExactly("unconfirmed number removed");
    }

    @Test
    void rejectsWhatIsNotAPhoneNumberWithAProblemCodeAndSendsNothing() {
        assertThat(phones.change(id, "555-CALL-NOW"))
                .isEqualTo(new PhoneNumberChange.Rejected(PhoneNumberProblem.INVALID_CHARACTERS));
        assertThat(phones.change(id, "07700 900123"))
                .isEqualTo(new PhoneNumberChange.Rejected(PhoneNumberProblem.MISSING_COUNTRY_CODE));
        assertThat(phones.change(id, " "))
                .isEqualTo(new PhoneNumberChange.Rejected(PhoneNumberProblem.BLANK));
        assertThat(texts).isEmpty();
        assertThat(phones.pending(id)).isEmpty();
        assertThatThrownBy(() -> PhoneNumber.parse("+1 555 010 01234")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(PhoneNumberProblem.TOO_LONG.message());
        assertThatThrownBy(() -> new PhoneNumber("5550100123")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("5550100123");
    }

    @Test
    void showsOnlyTheLastFourDigits() {
        PhoneNumber number = PhoneNumber.parse("+1 (555) 010-0123");
        assertThat(number.e164()).isEqualTo(FIRST);
        assertThat(number.masked()).isEqualTo("\u2022\u2022\u2022\u2022 \u2022\u2022\u20220123");
        assertThat(number.toString()).doesNotContain("555").contains("0123");
    }

    @Test
    void confirmationTextsAreThrottledToOnePerMinuteAndANewCodeReplacesTheOld() {
        phones.change(id, FIRST);
        clock.advance(Duration.ofSeconds(59));
        assertThat(phones.change(id, SECOND)).isEqualTo(new PhoneNumberChange.Throttled(
                clock.instant().plus(Duration.ofSeconds(1))));
        assertThat(phones.resendConfirmation(id)).isInstanceOf(PhoneNumberChange.Throttled.class);
        assertThat(texts).hasSize(1);
        String old = lastText().code();
        clock.advance(Duration.ofSeconds(1));
        assertThat(phones.resendConfirmation(id)).isInstanceOf(PhoneNumberChange.CodeSent.class);
        assertThat(lastText().to()).isEqualTo(FIRST);
        String current = lastText().code();
        if (!old.equals(current)) {
            assertThat(phones.confirm(id, old).accepted()).isFalse();
        }
        assertThat(phones.confirm(id, current).accepted()).isTrue();
        assertThat(phones.resendConfirmation(id)).isEqualTo(new PhoneNumberChange.NothingPending());
    }

    @Test
    void removingAndAddingAgainDoesNotGetRoundTheThrottle() {
        phones.change(id, FIRST);
        phones.remove(id);
        assertThat(phones.change(id, FIRST)).isInstanceOf(PhoneNumberChange.Throttled.class);
        assertThat(texts).hasSize(1);
    }

    @Test
    void aConfirmationCodeWorksForTenMinutesAndSurvivesFiveWrongTries() {
        security.practices().save(new org.oa.security.practice.PracticeSecurity(Fixtures.PRACTICE, "Synthetic Clinic",
                java.util.Set.of(), null, new org.oa.security.lockout.LockoutPolicy(20, Duration.ofMinutes(15),
                        Duration.ofMinutes(30)), org.oa.security.password.PasswordPolicy.standard()));
        phones.change(id, FIRST);
        String right = lastText().code();
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(phones.confirm(id, wrong))
                    .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.WRONG_CODE));
        }
        assertThat(phones.confirm(id, right))
                .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.TOO_MANY_ATTEMPTS));

        clock.advance(Duration.ofMinutes(1));
        phones.change(id, FIRST);
        clock.advance(Duration.ofMinutes(10));
        assertThat(phones.confirm(id, lastText().code()))
                .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.EXPIRED));
        assertThat(phones.confirmed(id)).isEmpty();
    }

    @Test
    void wrongConfirmationCodesCountTowardsTheLockout() {
        phones.change(id, FIRST);
        String right = lastText().code();
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            phones.confirm(id, wrong);
        }
        assertThat(security.accounts().find(id).orElseThrow().state()).isEqualTo(AccountState.LOCKED);
        assertThat(phones.confirm(id, right)).as("the fifth wrong code locked the account")
                .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.LOCKED));
        assertThat(audit(AuditAction.SECOND_FACTOR_REFUSED)).extracting(AuditEntry::detail)
                .contains("phone-confirmation WRONG_CODE");
    }

    @Test
    void aTextTheGatewayCouldNotTakeIsWithdrawnAndMayBeAskedForAgainAtOnce() {
        gatewayUp.set(false);
        assertThat(phones.change(id, FIRST)).isEqualTo(new PhoneNumberChange.NotDelivered());
        assertThat(phones.pending(id)).isEmpty();
        gatewayUp.set(true);
        assertThat(phones.change(id, FIRST)).isInstanceOf(PhoneNumberChange.CodeSent.class);
        assertThat(phones.confirm(id, lastText().code()).accepted()).isTrue();
        clock.advance(Duration.ofMinutes(1));

        gatewayUp.set(false);
        assertThat(security.twoFactor().sendCode(id, CodeChannel.SMS))
                .isEqualTo(new CodeDispatch.NotSent(CodeDispatch.Reason.NOT_DELIVERED));
        assertThat(security.twoFactor().verifyCode(id, "123456"))
                .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.NO_CODE_PENDING));
        gatewayUp.set(true);
        assertThat(security.twoFactor().sendCode(id, CodeChannel.SMS)).isInstanceOf(CodeDispatch.Sent.class);
        assertThat(audit(AuditAction.CODE_NOT_DELIVERED)).extracting(AuditEntry::detail)
                .containsExactly("SMS phone-confirmation", "SMS");
    }

    @Test
    void aSenderThatThrowsLeavesNoCodeBehind() {
        OaSecurity failing = OaSecurity.builder().dataSource(TestDatabases.derby()).hashParameters(TestDatabases.FAST)
                .clock(clock).build(); // CodeSender.NONE: a state error
        failing.migrate();
        AccountId other = failing.accounts().create(Fixtures.staff("no.sender", Role.BILLER));
        assertThatThrownBy(() -> failing.phoneNumbers().change(other, FIRST))
                .isInstanceOf(org.oa.security.OaSecurityException.class);
        assertThat(failing.phoneNumbers().pending(other)).isEmpty();
        assertThatThrownBy(() -> failing.twoFactor().sendCode(other, CodeChannel.EMAIL))
                .isInstanceOf(org.oa.security.OaSecurityException.class);
        assertThat(failing.twoFactor().verifyCode(other, "123456"))
                .isEqualTo(new SecondFactorOutcome.Refused(SecondFactorRefusal.NO_CODE_PENDING));
    }
}
