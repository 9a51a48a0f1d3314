package org.oa.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimFrequency;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.SampleClaims;
import org.oa.core.payer.Enrollments;

class ClaimHistoryTest {

    private static EditContext contextWith(List<Claim> history) {
        return new EditContext(SampleClaims.CLOCK, SampleClaims.PAYERS, Enrollments.none(), ClaimHistory.of(history));
    }

    @Test
    void doesNotCountAClaimAsADuplicateOfItself() {
        Claim claim = SampleClaims.professional().build();
        assertThat(FrontEndEdits.standard().run(claim, contextWith(List.of(claim)))).isEmpty();
    }

    @Test
    void findsTheOtherClaimWhenTheHistoryHoldsTheClaimAndACopy() {
        Claim claim = SampleClaims.professional().build();
        Claim copy = claim.toBuilder().id(ClaimId.random()).build();
        ClaimHistory history = ClaimHistory.of(List.of(claim, copy));
        ClaimHistory.ServiceKey key = ClaimHistory.ServiceKey.of(claim, claim.serviceLines().get(0));
        assertThat(history.findOtherClaimWith(key, claim.id())).isEqualTo(copy.id());
        assertThat(history.findOtherClaimWith(key, copy.id())).isEqualTo(claim.id());
    }

    @Test
    void letsAReplacementClaimRepeatTheServicesOfItsOriginal() {
        Claim original = SampleClaims.professional().build();
        Claim replacement = original.toBuilder().id(ClaimId.random()).frequency(ClaimFrequency.REPLACEMENT)
                .originalClaimNumber("PAYER-77").build();
        assertThat(FrontEndEdits.standard().run(replacement, contextWith(List.of(original)))).isEmpty();
    }

    @Test
    void treatsADifferentChargeAsADifferentService() {
        Claim original = SampleClaims.professional().build();
        Claim other = original.toBuilder().id(ClaimId.random())
                .serviceLine(0, original.serviceLines().get(0).toBuilder().charge("151.00").build())
                .serviceLine(1, original.serviceLines().get(1).toBuilder().procedureCode("J1886").build())
                .totalChargeFromLines().build();
        assertThat(FrontEndEdits.standard().run(other, contextWith(List.of(original)))).isEmpty();
    }
}
