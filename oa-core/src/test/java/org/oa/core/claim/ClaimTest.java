package org.oa.core.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ClaimTest {

    @Test
    void keepsMoneyAtScaleTwo() {
        Claim claim = SampleClaims.professional().totalCharge(new BigDecimal("200")).build();
        assertThat(claim.totalCharge().scale()).isEqualTo(2);
        assertThat(claim.lineChargeTotal()).isEqualTo(new BigDecimal("200.00"));
    }

    @Test
    void refusesFractionsOfACentNamingTheField() {
        assertThatThrownBy(() -> SampleClaims.professional().totalCharge("1.001").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("totalCharge");
    }

    @Test
    void keepsPatientDataOutOfToString() {
        Claim claim = SampleClaims.professional().build();
        assertThat(claim.toString()).doesNotContain("Alex", "Sample", "1980", "XQZ123456789", "PCN-1001");
        assertThat(claim.patient().toString()).doesNotContain("Alex", "1980");
        assertThat(claim.subscriber().toString()).doesNotContain("XQZ123456789", "Alex");
        assertThat(claim.serviceLines().get(0).toString()).doesNotContain("2026-06-01").contains("99213");
    }

    @Test
    void copiesThroughItsBuilderForClaimFix() {
        Claim claim = SampleClaims.professional().build();
        Claim fixed = claim.toBuilder().placeOfService("02").build();
        assertThat(fixed.id()).isEqualTo(claim.id());
        assertThat(fixed.placeOfService()).isEqualTo("02");
        assertThat(fixed.serviceLines()).isEqualTo(claim.serviceLines());
        assertThat(ClaimFrequency.fromCode("7")).contains(ClaimFrequency.REPLACEMENT);
        assertThat(ClaimFrequency.fromCode("5")).isEmpty();
    }
}
