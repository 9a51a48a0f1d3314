package org.oa.security.internal.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oa.security.twofactor.PhoneNumberProblem;

/** Synthetic numbers only: +1 555 01xx, the UK's drama range +44 7700 900xxx, and other made-up ones. */
class PhoneNumberFormatTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
        "+1 (555) 010-0123      | +15550100123",
        "555.010.0123           | +15550100123",
        "(555) 010 0123         | +15550100123",
        "1-555-010-0123         | +15550100123",
        "  +1 555 010 0123  \t  | +15550100123",
        "+44 (0)7700 900123     | +447700900123",
        "0044 7700 900 123      | +447700900123",
        "+49 30 901820          | +4930901820",
        "＋１ ５５５ ０１０ ０１２３  | +15550100123",
        "+1\u00a0555\u2013010\u20130123 | +15550100123",
        "+683 4002              | +6834002",
    })
    void normalisesWhatPeopleTypeToE164(String typed, String expected) {
        assertThat(PhoneNumberFormat.normalise(typed)).isEqualTo(new PhoneNumberFormat.Result(expected, null));
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {
        "''                        | BLANK",
        "'   '                     | BLANK",
        "555-CALL-NOW              | INVALID_CHARACTERS",
        "+1 555 010 0123 x12       | INVALID_CHARACTERS",
        "+1 555 010 0123 ext. 12   | INVALID_CHARACTERS",
        "555 010+0123              | INVALID_CHARACTERS",
        "5550100123#               | INVALID_CHARACTERS",
        "07700 900123              | MISSING_COUNTRY_CODE",
        "0207946095                | MISSING_COUNTRY_CODE",
        "155 010 0123              | TOO_SHORT",
        "010 0123                  | MISSING_COUNTRY_CODE",
        "+0 555 010 0123           | INVALID_COUNTRY_CODE",
        "+1 555 010 012            | TOO_SHORT",
        "+1 555 010 01234          | TOO_LONG",
        "+44 12                    | TOO_SHORT",
        "+                         | TOO_SHORT",
        "+44 7700 900123 4567 8    | TOO_LONG",
        "+1 555 010 0123 555 010 0123 555 010 0123 | TOO_LONG",
    })
    void refusesWhatIsNotAPhoneNumberWithACode(String typed, PhoneNumberProblem problem) {
        assertThat(PhoneNumberFormat.normalise(typed)).isEqualTo(new PhoneNumberFormat.Result(null, problem));
    }

    @ParameterizedTest
    @CsvSource({"BLANK", "INVALID_CHARACTERS", "MISSING_COUNTRY_CODE", "INVALID_COUNTRY_CODE", "TOO_SHORT", "TOO_LONG"})
    void everyProblemHasASentenceForTheUser(PhoneNumberProblem problem) {
        assertThat(problem.message()).endsWith(".").hasSizeGreaterThan(20);
    }

    /** Random input from digits, separators, plus signs, letters and odd characters; a fixed seed keeps it repeatable. */
    @Test
    void givesEitherAnE164NumberOrAProblemAndIsStableOnItsOwnOutput() {
        Random random = new Random(20261127L);
        String alphabet = "0123456789000111 +-.()/x#\u00a0\uff11\u2013a\u00e9";
        for (int i = 0; i < 5000; i++) {
            StringBuilder typed = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                typed.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            PhoneNumberFormat.Result result = PhoneNumberFormat.normalise(typed.toString());
            assertThat(result.e164() == null).as(typed.toString()).isNotEqualTo(result.problem() == null);
            if (result.e164() != null) {
                assertThat(result.e164()).matches("\\+[1-9][0-9]{6,14}");
                assertThat(PhoneNumberFormat.normalise(result.e164()).e164()).isEqualTo(result.e164());
            }
        }
    }

    @Test
    void readsAnyTenDigitNumberWithoutACountryCodeAsNorthAmerican() {
        Random random = new Random(20261127L);
        for (int i = 0; i < 1000; i++) {
            String digits = (2 + random.nextInt(8)) + String.format("%09d", random.nextInt(1_000_000_000));
            String formatted = "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6);
            assertThat(PhoneNumberFormat.normalise(formatted).e164()).isEqualTo("+1" + digits);
        }
    }

    @Test
    void resultToStringLeavesOutTheNumber() {
        assertThat(PhoneNumberFormat.normalise("+1 555 010 0123").toString()).doesNotContain("0123");
    }
}
