package org.oa.core.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oa.core.claim.Claim;
import org.oa.core.claim.SampleClaims;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.Subscriber;
import org.oa.core.payer.Enrollment;
import org.oa.core.payer.EnrollmentStatus;
import org.oa.core.payer.Enrollments;
import org.oa.core.payer.TransactionType;

class FrontEndEditsTest {

    private static final PayerId GREENLEAF = PayerId.of("GRN01");

    @Test
    void runsAPayersOwnRuleOnlyOnThatPayersClaims() {
        FrontEndEdit groupNumber = FrontEndEdit.of("GREENLEAF_GROUP_NUMBER", Severity.ERROR, EditScope.PAYER_SPECIFIC,
                "claim.subscriber.groupNumber", "Greenleaf needs the group number.", "Copy it from the card.",
                (claim, context) -> !claim.subscriber().groupNumber().isEmpty());
        FrontEndEdits edits = FrontEndEdits.standard().withPayerRules(GREENLEAF, List.of(groupNumber));
        Claim base = SampleClaims.professional().build();
        Claim toGreenleaf = base.toBuilder().payerId(GREENLEAF)
                .subscriber(Subscriber.self(base.patient(), "XQZ123456789", "")).build();
        Claim toSim = base.toBuilder().subscriber(Subscriber.self(base.patient(), "XQZ123456789", "")).build();

        assertThat(edits.run(toGreenleaf, SampleClaims.context())).extracting(EditFailure::code)
                .containsExactly("GREENLEAF_GROUP_NUMBER");
        assertThat(edits.run(toSim, SampleClaims.context())).isEmpty();
        assertThat(edits.rulesFor(GREENLEAF)).contains(groupNumber);
        assertThat(FrontEndEdits.standard().rulesFor(GREENLEAF)).doesNotContain(groupNumber);
    }

    @Test
    void refusesAPayerRuleWhoseCodeClashesWithABuiltInRule() {
        FrontEndEdit clash = FrontEndEdit.of("BILLING_NPI", Severity.ERROR, EditScope.PAYER_SPECIFIC, "claim",
                "m", "h", (c, x) -> true);
        assertThatThrownBy(() -> FrontEndEdits.standard().withPayerRules(GREENLEAF, List.of(clash)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsAClaimToAPayerRequiringEnrollmentOnceTheEnrollmentIsApproved() {
        PayerId harvest = PayerId.of("HRV01");
        Claim claim = SampleClaims.professional().payerId(harvest).build();
        Enrollments approved = Enrollments.of(List.of(new Enrollment(SampleClaims.PRACTICE, harvest,
                TransactionType.CLAIM_837P, EnrollmentStatus.APPROVED, LocalDate.of(2026, 1, 2), "")));
        Enrollments requested = Enrollments.of(List.of(new Enrollment(SampleClaims.PRACTICE, harvest,
                TransactionType.CLAIM_837P, EnrollmentStatus.REQUESTED, LocalDate.of(2026, 1, 2), "")));

        assertThat(FrontEndEdits.standard().run(claim, context(approved))).isEmpty();
        assertThat(FrontEndEdits.standard().run(claim, context(requested))).extracting(EditFailure::code)
                .containsExactly("PAYER_ENROLLMENT");
    }

    @Test
    void acceptsAMedicareBeneficiaryIdentifierForAPayerUsingMbis() {
        Claim base = SampleClaims.professional().payerId(PayerId.of("MCRS1")).build();
        Claim withMbi = base.toBuilder().subscriber(Subscriber.self(base.patient(), "1AC2DE3FG45", "")).build();
        assertThat(FrontEndEdits.standard().run(withMbi, SampleClaims.context())).isEmpty();
    }

    @Test
    void treatsWarningsAsNotRejecting() {
        Claim claim = SampleClaims.professional().build();
        Claim badPhone = claim.toBuilder().billingProvider(new org.oa.core.claim.BillingProvider(
                "Sunrise", "1234567893", "207Q00000X", "123456789", claim.billingProvider().address(), "12")).build();
        List<EditFailure> failures = FrontEndEdits.standard().run(badPhone, SampleClaims.context());
        assertThat(failures).extracting(EditFailure::severity).containsExactly(Severity.WARNING);
        assertThat(FrontEndEdits.rejects(failures)).isFalse();
        assertThat(FrontEndEdits.rejects(FrontEndEdits.standard().run(
                claim.toBuilder().totalCharge("1.00").build(), SampleClaims.context()))).isTrue();
    }

    @Test
    void returnsAnImmutableListOfFailures() {
        List<EditFailure> failures = FrontEndEdits.standard().run(
                SampleClaims.professional().totalCharge("1.00").build(), SampleClaims.context());
        assertThatThrownBy(() -> failures.add(failures.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keepsClaimDataOutOfFailureMessages() {
        Claim claim = SampleClaims.professional().diagnoses("E11.9").relationshipCode("99").build();
        for (EditFailure f : FrontEndEdits.standard().run(claim, SampleClaims.context())) {
            assertThat(f.message() + f.hint() + f).doesNotContain("Alex", "Sample", "1980", "XQZ123456789");
        }
    }

    private static EditContext context(Enrollments enrollments) {
        return new EditContext(SampleClaims.CLOCK, SampleClaims.PAYERS, enrollments, ClaimHistory.none());
    }
}
