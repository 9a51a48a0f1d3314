package org.oa.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PayerIdTest {

    @Test
    void normalisesToUpperCase() {
        assertThat(PayerId.of("sim01")).isEqualTo(PayerId.of("SIM01"));
        assertThat(PayerId.of("SIM01").toString()).isEqualTo("SIM01");
    }

    @Test
    void refusesEmptyOrPunctuatedIds() {
        assertThatThrownBy(() -> PayerId.of("")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> PayerId.of("SIM 01")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> PayerId.of("A".repeat(81))).isInstanceOf(InvalidIdentifierException.class);
    }
}
