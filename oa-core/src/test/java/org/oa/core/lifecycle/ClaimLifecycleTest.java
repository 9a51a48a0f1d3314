package org.oa.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.oa.core.claim.ClaimFrequency;
import org.oa.core.claim.ClaimId;

class ClaimLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-06-15T10:00:00Z");

    private static ClaimLifecycle received() {
        return ClaimLifecycle.received(ClaimId.random(), T0, "front-end-edits", "file 1");
    }

    @Test
    void recordsTimeActorAndReasonOfEveryTransitionFromReceivedToPaid() {
        ClaimLifecycle l = received()
                .moveOrThrow(ClaimStatus.REJECTED, T0.plusSeconds(1), "front-end-edits", "BILLING_NPI")
                .moveOrThrow(ClaimStatus.CORRECTED, T0.plusSeconds(60), "biller.kim", "fixed NPI in Claim Fix")
                .moveOrThrow(ClaimStatus.ACCEPTED, T0.plusSeconds(61), "front-end-edits", "")
                .moveOrThrow(ClaimStatus.SENT_TO_PAYER, T0.plusSeconds(3600), "payer-batch", "batch 7")
                .moveOrThrow(ClaimStatus.ACKNOWLEDGED, T0.plusSeconds(7200), "277CA", "A1:20")
                .moveOrThrow(ClaimStatus.PAID, T0.plusSeconds(86400), "835", "EFT 12345");

        assertThat(l.status()).isEqualTo(ClaimStatus.PAID);
        assertThat(l.history()).extracting(StatusChange::to).containsExactly(ClaimStatus.RECEIVED,
                ClaimStatus.REJECTED, ClaimStatus.CORRECTED, ClaimStatus.ACCEPTED, ClaimStatus.SENT_TO_PAYER,
                ClaimStatus.ACKNOWLEDGED, ClaimStatus.PAID);
        StatusChange fix = l.history().get(2);
        assertThat(fix.from()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(fix.actor()).isEqualTo("biller.kim");
        assertThat(fix.reason()).isEqualTo("fixed NPI in Claim Fix");
        assertThat(fix.at()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void allowsRejectedAndCorrectedToAlternateUntilTheClaimPasses() {
        ClaimLifecycle l = received().moveOrThrow(ClaimStatus.REJECTED, T0, "e", "")
                .moveOrThrow(ClaimStatus.CORRECTED, T0, "b", "")
                .moveOrThrow(ClaimStatus.REJECTED, T0, "e", "")
                .moveOrThrow(ClaimStatus.CORRECTED, T0, "b", "")
                .moveOrThrow(ClaimStatus.ACCEPTED, T0, "e", "");
        assertThat(l.status()).isEqualTo(ClaimStatus.ACCEPTED);
    }

    @Test
    void refusesSendingARejectedClaimToThePayerAndExplainsWhy() {
        ClaimLifecycle rejected = received().moveOrThrow(ClaimStatus.REJECTED, T0, "e", "");
        TransitionResult result = rejected.move(ClaimStatus.SENT_TO_PAYER, T0, "payer-batch", "");

        assertThat(result.moved()).isFalse();
        TransitionResult.Refused refused = (TransitionResult.Refused) result;
        assertThat(refused.from()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(refused.explanation()).contains("REJECTED", "SENT_TO_PAYER", "CORRECTED");
        assertThat(rejected.status()).isEqualTo(ClaimStatus.REJECTED);
    }

    @ParameterizedTest
    @EnumSource(value = ClaimStatus.class, names = {"PAID", "PARTIALLY_PAID", "DENIED"})
    void refusesEveryTransitionOutOfAnAdjudicatedStatus(ClaimStatus adjudicated) {
        ClaimLifecycle l = received().moveOrThrow(ClaimStatus.ACCEPTED, T0, "e", "")
                .moveOrThrow(ClaimStatus.SENT_TO_PAYER, T0, "b", "")
                .moveOrThrow(adjudicated, T0, "835", "");
        for (ClaimStatus target : ClaimStatus.values()) {
            assertThat(l.move(target, T0, "x", "").moved()).isFalse();
        }
        assertThat(adjudicated.isFinal()).isTrue();
    }

    @Test
    void throwsASpecificExceptionWhenACallerInsistsOnAnIllegalTransition() {
        assertThatThrownBy(() -> received().moveOrThrow(ClaimStatus.PAID, T0, "835", ""))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("RECEIVED");
    }

    @Test
    void refusesAChangeDatedBeforeTheLastOne() {
        TransitionResult result = received().move(ClaimStatus.ACCEPTED, T0.minusSeconds(1), "e", "");
        assertThat(result.moved()).isFalse();
    }

    @Test
    void linksReplacementAndVoidClaimsToTheirOriginal() {
        ClaimId original = ClaimId.random();
        ClaimLifecycle replacement = ClaimLifecycle.receivedFor(ClaimId.random(), ClaimFrequency.REPLACEMENT,
                original, T0, "e", "");
        ClaimLifecycle voiding = ClaimLifecycle.receivedFor(ClaimId.random(), ClaimFrequency.VOID, original, T0,
                "e", "");
        assertThat(replacement.originalClaim()).isEqualTo(original);
        assertThat(voiding.originalClaim()).isEqualTo(original);
        assertThat(received().originalClaim()).isNull();
        assertThatThrownBy(() -> ClaimLifecycle.receivedFor(ClaimId.random(), ClaimFrequency.ORIGINAL, original,
                T0, "e", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyNonFinalStatusCanBeLeftAndOnlyAdjudicatedStatusesAreFinal() {
        EnumSet<ClaimStatus> finals = EnumSet.noneOf(ClaimStatus.class);
        for (ClaimStatus s : ClaimStatus.values()) {
            if (s.isFinal()) {
                finals.add(s);
            }
        }
        assertThat(finals).containsExactlyInAnyOrder(ClaimStatus.PAID, ClaimStatus.PARTIALLY_PAID,
                ClaimStatus.DENIED);
        assertThat(ClaimStatus.RECEIVED.canMoveTo(ClaimStatus.CORRECTED)).isFalse();
        assertThat(ClaimStatus.PAYER_REJECTED.canMoveTo(ClaimStatus.CORRECTED)).isTrue();
    }
}
