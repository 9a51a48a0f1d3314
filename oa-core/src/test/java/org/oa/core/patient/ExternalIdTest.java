package org.oa.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExternalIdTest {

    @Test
    void keepsTheOtherSystemsIdExactlyAndMasksItInToString() {
        ExternalId id = ExternalId.of("old-00123");
        assertThat(id.value()).isEqualTo("old-00123");
        assertThat(id.toString()).isEqualTo("******123").doesNotContain("old");
    }

    @Test
    void refusesEmptyTooLongUnprintableOrPaddedIdsNamingTheFieldNotTheValue() {
        assertThatThrownBy(() -> ExternalId.of("")).hasMessage("external ID must be 1 to 50 characters");
        assertThatThrownBy(() -> ExternalId.of("x".repeat(51))).hasMessageContaining("1 to 50");
        assertThatThrownBy(() -> ExternalId.of("A\tB")).hasMessageNotContaining("A\tB");
        assertThatThrownBy(() -> ExternalId.of(" A1")).hasMessage("external ID must not start or end with a space");
    }
}
