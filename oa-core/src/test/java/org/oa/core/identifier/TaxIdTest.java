package org.oa.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TaxIdTest {

    @Test
    void parsesNineDigitsWithOrWithoutHyphen() {
        assertThat(TaxId.of("12-3456789")).isEqualTo(new TaxId("123456789"));
        assertThat(TaxId.of("123456789").value()).isEqualTo("123456789");
    }

    @Test
    void rejectsWrongLengthLettersAndAllZeros() {
        assertThat(TaxId.isValid("12345678")).isFalse();
        assertThat(TaxId.isValid("1234567890")).isFalse();
        assertThat(TaxId.isValid("12345678X")).isFalse();
        assertThat(TaxId.isValid("000000000")).isFalse();
        assertThatThrownBy(() -> TaxId.of(null)).isInstanceOf(InvalidIdentifierException.class);
    }
}
