package org.oa.security.internal.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OneTimePasswordTest {

    private static final byte[] SEED20 = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED32 = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SEED64 = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheRfc4226TestVectors() {
        String[] expected = {"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
            "399871", "520489"};
        for (int counter = 0; counter < expected.length; counter++) {
            assertThat(OneTimePassword.hotp("HmacSHA1", SEED20, counter, 6)).as("counter %d", counter)
                    .isEqualTo(expected[counter]);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"})
    void matchesTheRfc6238TestVectors(long time, String sha1, String sha256, String sha512) {
        long step = OneTimePassword.step(time);
        assertThat(OneTimePassword.hotp("HmacSHA1", SEED20, step, 8)).isEqualTo(sha1);
        assertThat(OneTimePassword.hotp("HmacSHA256", SEED32, step, 8)).isEqualTo(sha256);
        assertThat(OneTimePassword.hotp("HmacSHA512", SEED64, step, 8)).isEqualTo(sha512);
    }

    @Test
    void authenticatorCodesAreTheLastSixDigitsOfTheSha1Vectors() {
        assertThat(OneTimePassword.totp(SEED20, OneTimePassword.step(59))).isEqualTo("287082");
        assertThat(OneTimePassword.totp(SEED20, OneTimePassword.step(1111111109))).isEqualTo("081804");
    }

    @ParameterizedTest
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void encodesBase32AsRfc4648WithoutPadding(String text, String base32) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(Base32.encode(bytes)).isEqualTo(base32);
        assertThat(Base32.decode(base32.toLowerCase())).isEqualTo(bytes);
    }
}
