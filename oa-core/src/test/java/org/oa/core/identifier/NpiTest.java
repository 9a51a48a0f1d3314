package org.oa.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NpiTest {

    @Test
    void acceptsNpiWithCorrectCheckDigit() {
        assertThat(Npi.isValid("1234567893")).isTrue();
        assertThat(new Npi("1234567893").value()).isEqualTo("1234567893");
    }

    @Test
    void computesCheckDigitOverPrefix80840() {
        // CMS example: 123456789 has check digit 3.
        assertThat(Npi.checkDigit("123456789")).isEqualTo(3);
    }

    @Test
    void rejectsNpiWithWrongCheckDigitWrongLengthOrLetters() {
        assertThat(Npi.isValid("1234567890")).isFalse();
        assertThat(Npi.isValid("123456789")).isFalse();
        assertThat(Npi.isValid("12345678A3")).isFalse();
        assertThat(Npi.isValid(null)).isFalse();
        assertThatThrownBy(() -> new Npi("1234567890"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageNotContaining("1234567890");
    }
}
