package org.oa.security.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.security.Fixtures;
import org.oa.security.OaSecurity;
import org.oa.security.TestDatabases;
import org.oa.security.account.AccountId;
import org.oa.security.account.NewAccount;
import org.oa.security.account.Registration;
import org.oa.security.account.Role;
import org.oa.security.lockout.LockoutPolicy;
import org.oa.security.practice.PracticeSecurity;

class PasswordPolicyTest {

    private final TestDatabases.MutableClock clock = new TestDatabases.MutableClock();
    private OaSecurity security;
    private AccountId id;

    @BeforeEach
    void setUp() {
        security = OaSecurity.builder().dataSource(TestDatabases.derby()).hashParameters(TestDatabases.FAST)
                .clock(clock).build();
        security.migrate();
        security.practices().save(new PracticeSecurity(Fixtures.PRACTICE, "Bright Meadow Pediatrics",
                Set.of("1234567893"), "12-3456789", LockoutPolicy.standard(), PasswordPolicy.standard()));
        id = security.accounts().create(Fixtures.staff("jo.smith", Role.BILLER));
    }

    private List<ViolationCode> codes(String candidate) {
        return security.passwords().check(id, candidate.toCharArray()).stream().map(PasswordViolation::code).toList();
    }

    @Test
    void acceptsALongMixedPassword() {
        assertThat(codes("Granite-Puzzle-Ocean-51")).isEmpty();
    }

    @Test
    void requiresAtLeastTwelveAndAllowsAtLeastSixtyFourCharacters() {
        assertThat(codes("Ab1!efghijk")).containsExactly(ViolationCode.TOO_SHORT);
        assertThat(codes("Ab1!efghijkl")).isEmpty();
        String sixtyFour = "Ab1!" + "zq".repeat(30);
        assertThat(sixtyFour).hasSize(64);
        assertThat(codes(sixtyFour)).isEmpty();
        assertThat(codes("Ab1!" + "zq".repeat(63))).containsExactly(ViolationCode.TOO_LONG);
    }

    @Test
    void refusesCommonPasswordsAlsoWhenDecorated() {
        assertThat(codes("password1234")).contains(ViolationCode.COMMON_PASSWORD);
        assertThat(codes("Password2024!!")).containsExactly(ViolationCode.COMMON_PASSWORD);
        assertThat(codes("!!Sunshine1234")).containsExactly(ViolationCode.COMMON_PASSWORD);
        assertThat(codes("qwertyuiop")).contains(ViolationCode.COMMON_PASSWORD);
    }

    @Test
    void refusesPersonalDataInAnyCase() {
        assertThat(codes("Xx-JO.SMITH-2024")).containsExactly(ViolationCode.CONTAINS_PERSONAL_DATA);
        assertThat(codes("Josmith!2024ab")).containsExactly(ViolationCode.CONTAINS_PERSONAL_DATA);
        assertThat(codes("brightmeadowPEDIATRICS#1")).containsExactly(ViolationCode.CONTAINS_PERSONAL_DATA);
        assertThat(codes("Bright Meadow Pediatrics#1")).containsExactly(ViolationCode.CONTAINS_PERSONAL_DATA);
        assertThat(codes("Npi#1234567893x")).containsExactly(ViolationCode.CONTAINS_PERSONAL_DATA);
        assertThat(codes("Tax#12-3456789x")).containsExactly(ViolationCode.CONTAINS_PERSONAL_DATA);
        assertThat(codes("Tax#123456789xY")).containsExactly(ViolationCode.CONTAINS_PERSONAL_DATA);
    }

    @Test
    void requiresUpperLowerDigitAndSymbolByDefault() {
        assertThat(codes("granite puzzle ocean")).containsExactly(ViolationCode.MISSING_UPPERCASE,
                ViolationCode.MISSING_DIGIT);
        assertThat(codes("GRANITEPUZZLE51")).containsExactly(ViolationCode.MISSING_LOWERCASE,
                ViolationCode.MISSING_SYMBOL);
    }

    @Test
    void theNistProfileDropsTheCompositionRuleButKeepsLengthAndBlocklist() {
        security.practices().save(new PracticeSecurity(Fixtures.PRACTICE, "Bright Meadow Pediatrics", Set.of(),
                null, new LockoutPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(30)),
                PasswordPolicy.nist80063b()));
        assertThat(codes("granite puzzle ocean")).isEmpty();
        assertThat(codes("short one")).containsExactly(ViolationCode.TOO_SHORT);
        assertThat(codes("passwordpassword")).containsExactly(ViolationCode.COMMON_PASSWORD);
    }

    @Test
    void refusesTheLastPasswordsAndAllowsOlderOnes() {
        PasswordPolicy keepTwo = new PasswordPolicy(12, 128, true, 2);
        security.practices().save(new PracticeSecurity(Fixtures.PRACTICE, "Bright Meadow Pediatrics", Set.of(),
                null, LockoutPolicy.standard(), keepTwo));
        String first = Fixtures.GOOD_PASSWORD;
        String second = "Granite-Puzzle-Ocean-51";
        String third = "Copper-Violet-Harbor-77";
        assertThat(security.passwords().change(id, first.toCharArray(), second.toCharArray()))
                .isEqualTo(new PasswordChange.Changed());
        assertThat(codes(second)).containsExactly(ViolationCode.REUSED);
        assertThat(codes(first)).containsExactly(ViolationCode.REUSED);
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(security.passwords().change(id, second.toCharArray(), third.toCharArray()))
                .isEqualTo(new PasswordChange.Changed());
        assertThat(codes(second)).containsExactly(ViolationCode.REUSED);
        assertThat(codes(first)).isEmpty();
    }

    @Test
    void quickChangesInARowDoNotCycleBackToAnOldPassword() {
        String original = Fixtures.GOOD_PASSWORD;
        String current = original;
        for (int i = 1; i <= 6; i++) {
            String next = "Granite-Puzzle-Ocean-" + (50 + i) + "x";
            assertThat(security.passwords().change(id, current.toCharArray(), next.toCharArray()))
                    .isEqualTo(new PasswordChange.Changed());
            current = next;
            clock.advance(Duration.ofSeconds(5));
        }
        // Six changes within a minute: the history of five no longer holds the original, the one-day window does.
        assertThat(codes(original)).containsExactly(ViolationCode.REUSED);
        clock.advance(Duration.ofDays(1));
        assertThat(codes(original)).isEmpty();
    }

    @Test
    void refusesAChangeWithAWrongCurrentPassword() {
        PasswordChange change = security.passwords().change(id, "Wrong-Current-1".toCharArray(),
                "Granite-Puzzle-Ocean-51".toCharArray());
        assertThat(change).isInstanceOfSatisfying(PasswordChange.Rejected.class, rejected ->
                assertThat(rejected.violations()).extracting(PasswordViolation::code)
                        .containsExactly(ViolationCode.CURRENT_PASSWORD_WRONG));
    }

    @Test
    void explainsEveryViolationWithoutRepeatingThePassword() {
        String candidate = "jo.smith";
        List<PasswordViolation> violations = security.passwords().check(id, candidate.toCharArray());
        assertThat(violations).isNotEmpty().allSatisfy(v -> {
            assertThat(v.explanation()).isNotBlank().doesNotContain(candidate);
        });
    }

    @Test
    void registrationReportsViolationsAsValues() {
        Registration result = security.accounts().register(new NewAccount("new.person", "New Person",
                "new.person@example.test", Fixtures.PRACTICE, Set.of(Role.FRONT_DESK), "password".toCharArray()));
        assertThat(result).isInstanceOfSatisfying(Registration.Rejected.class, rejected -> {
            assertThat(rejected.usernameTaken()).isFalse();
            assertThat(rejected.violations()).extracting(PasswordViolation::code).contains(ViolationCode.TOO_SHORT,
                    ViolationCode.COMMON_PASSWORD);
        });
        assertThat(security.accounts().findByUsername("new.person")).isEmpty();
    }

    @Test
    void shipsSeveralHundredCommonPasswords() {
        assertThat(new org.oa.security.internal.credential.PasswordRules().blocklistSize()).isGreaterThan(300);
    }
}
