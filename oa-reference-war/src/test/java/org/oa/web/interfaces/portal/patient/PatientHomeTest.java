package org.oa.web.interfaces.portal.patient;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.oa.core.patient.CoveragePriority;

class PatientHomeTest {

    @Test
    void showsOnlyTheLastFourCharactersOfAMemberId() {
        assertThat(PatientHome.masked("SIM500000001")).isEqualTo("\u2022".repeat(8) + "0001");
        assertThat(PatientHome.masked("AB12")).as("a short ID shows at most half").isEqualTo("\u2022\u2022" + "12");
        assertThat(PatientHome.masked("X")).isEqualTo("\u2022");
    }

    @Test
    void namesTheOrderOfPayment() {
        assertThat(PatientHome.order(CoveragePriority.PRIMARY)).isEqualTo("Primary");
        assertThat(PatientHome.order(CoveragePriority.SECONDARY)).isEqualTo("Secondary");
    }
}
