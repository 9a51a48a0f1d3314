package org.oa.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"1AC2DE3FG45", "9X99XX9XX99", "1AC2-DE3-FG45"})
    void recognisesMedicareBeneficiaryIdentifiers(String mbi) {
        assertThat(MemberId.isMedicareMbi(mbi)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0AC2DE3FG45", "1SC2DE3FG45", "1AC2DE3FG4", "1ac2de3fg45", "1AC2DE3FGA5",
        "123456789A", "1AC2DE3FG456", "1AC-2DE3-FG45", ""})
    void refusesWhatIsNotAnMbi(String notMbi) {
        assertThat(MemberId.isMedicareMbi(notMbi)).isFalse();
    }

    @Test
    void masksTheMemberIdInToString() {
        MemberId id = new MemberId("XQZ123456789");
        assertThat(id.toString()).doesNotContain("XQZ123456789").endsWith("6789");
        assertThat(id.isMedicareMbi()).isFalse();
    }

    @Test
    void refusesBlankOrControlCharactersWithoutEchoingTheValue() {
        assertThatThrownBy(() -> new MemberId("")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> new MemberId("AB\tC")).isInstanceOf(InvalidIdentifierException.class)
                .hasMessageNotContaining("AB");
    }
}
