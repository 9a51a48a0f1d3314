package org.oa.web.interfaces.portal.servicecenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ClaimType;
import org.oa.core.claim.ServiceLine;
import org.oa.core.edit.EditFailure;
import org.oa.core.edit.Severity;
import org.oa.web.infrastructure.payer.SyntheticClaims;

class ClaimFormTest {

    private static final Claim VISIT = SyntheticClaims.officeVisit(1, "FORM-1", "XQZ100000001");

    private static Claim withFormLineNumbers(Claim c) {
        List<ServiceLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < c.serviceLines().size(); i++) {
            lines.add(c.serviceLines().get(i).toBuilder().lineControlNumber(String.valueOf(i + 1)).build());
        }
        return c.toBuilder().serviceLines(lines).build();
    }

    @Test
    void showsAStoredClaimAndBuildsTheSameClaimBack() {
        ClaimForm form = ClaimForm.of(VISIT);

        ClaimForm.Conversion back = form.toClaim(VISIT.id(), VISIT.practiceId(), VISIT.patient().id());

        assertThat(back.failures()).isEmpty();
        assertThat(back.claim()).isEqualTo(withFormLineNumbers(VISIT));
        assertThat(form.getTotal()).isEqualTo("200.00");
    }

    @Test
    void reportsBoxesThatCannotBeReadAtTheFieldPathsTheEditsUse() {
        ClaimForm form = ClaimForm.of(VISIT);
        form.getValues().put("patientBirthDate", "03/14/1980");
        form.getValues().put("line1Charge", "fifty");
        form.getValues().put("payerId", "SIM 01");

        ClaimForm.Conversion c = form.toClaim(ClaimId.random(), VISIT.practiceId(), null);

        assertThat(c.claim()).isNull();
        assertThat(c.failures()).extracting(EditFailure::code, EditFailure::fieldPath).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("FORM_DATE", "claim.patient.birthDate"),
                org.assertj.core.groups.Tuple.tuple("FORM_AMOUNT", "claim.serviceLines[1].charge"),
                org.assertj.core.groups.Tuple.tuple("PAYER_ID_FORMAT", "claim.payerId"));
        assertThat(c.failures()).extracting(f -> ClaimForm.inputFor(f.fieldPath()))
                .containsExactlyInAnyOrder("patientBirthDate", "line1Charge", "payerId");
    }

    @Test
    void skipsEmptyLinesAndPointsEditFailuresAtTheFormLineTheBillerTypedIn() {
        ClaimForm form = ClaimForm.of(VISIT);
        Map<String, String> v = form.getValues();
        // Move the second line to the form's third row, leaving the second row empty.
        for (String suffix : List.of("ServiceFrom", "ServiceTo", "ProcedureCode", "Modifiers", "Pointers", "Charge",
                "Units", "Ndc", "RevenueCode")) {
            v.put("line2" + suffix, v.getOrDefault("line1" + suffix, ""));
            v.put("line1" + suffix, "");
        }
        v.put("line2Pointers", "A,b");

        ClaimForm.Conversion c = form.toClaim(ClaimId.random(), VISIT.practiceId(), null);

        assertThat(c.claim().serviceLines()).hasSize(2);
        assertThat(c.claim().serviceLines().get(1).diagnosisPointers()).containsExactly(1, 2);
        EditFailure onSecondClaimLine = new EditFailure("PROCEDURE_CODE", Severity.ERROR,
                "claim.serviceLines[1].procedureCode", "m", "h");
        assertThat(c.onForm(List.of(onSecondClaimLine))).extracting(EditFailure::fieldPath)
                .containsExactly("claim.serviceLines[2].procedureCode");
        assertThat(ClaimForm.inputFor("claim.serviceLines[2].procedureCode")).isEqualTo("line2ProcedureCode");
        assertThat(ClaimForm.inputFor("claim.diagnoses[3].code")).isEqualTo("dx3");
        assertThat(ClaimForm.inputFor("claim.somethingWithoutABox")).isNull();
    }

    @Test
    void aBlankFormAsksForAPayerAndAServiceLine() {
        ClaimForm.Conversion c = ClaimForm.blank(ClaimType.INSTITUTIONAL).toClaim(ClaimId.random(),
                VISIT.practiceId(), null);

        assertThat(c.claim()).isNull();
        assertThat(c.failures()).extracting(EditFailure::code)
                .containsExactlyInAnyOrder("PAYER_ID_FORMAT", "SERVICE_LINE_REQUIRED");
        assertThat(ClaimForm.blank(ClaimType.INSTITUTIONAL).type()).isEqualTo(ClaimType.INSTITUTIONAL);
    }
}
