package org.oa.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimFrequency;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.Diagnosis;
import org.oa.core.claim.SampleClaims;
import org.oa.core.claim.ServiceLine;
import org.oa.core.contact.Address;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.Patient;
import org.oa.core.patient.Subscriber;
import org.oa.core.payer.Enrollments;

/**
 * One failing claim per built-in rule (a valid sample claim broken in one place), and the valid samples as the
 * passing claims. A rule without a case here fails {@link #everyBuiltInRuleHasAFailingCase()}.
 */
class StandardRulesTest {

    private static final FrontEndEdits EDITS = FrontEndEdits.standard();

    /** A valid claim (professional or institutional), broken by {@code breaker}, must fail {@code code} at {@code path}. */
    record Case(String code, boolean institutional, UnaryOperator<Claim.Builder> breaker, String path,
                EditContext context) {
        Claim valid() {
            return (institutional ? SampleClaims.institutional() : SampleClaims.professional()).build();
        }

        Claim broken() {
            return breaker.apply(institutional ? SampleClaims.institutional() : SampleClaims.professional()).build();
        }

        @Override
        public String toString() {
            return code;
        }
    }

    private static Case prof(String code, String path, UnaryOperator<Claim.Builder> breaker) {
        return new Case(code, false, breaker, path, SampleClaims.context());
    }

    private static Case inst(String code, String path, UnaryOperator<Claim.Builder> breaker) {
        return new Case(code, true, breaker, path, SampleClaims.context());
    }

    private static UnaryOperator<Claim.Builder> line(int index, UnaryOperator<ServiceLine.Builder> change) {
        return b -> {
            Claim c = b.build();
            return b.serviceLine(index, change.apply(c.serviceLines().get(index).toBuilder()).build())
                    .totalChargeFromLines();
        };
    }

    private static UnaryOperator<Claim.Builder> billing(UnaryOperator<String[]> change) {
        return b -> {
            Claim c = b.build();
            var bp = c.billingProvider();
            var a = bp.address();
            String[] f = {bp.npi(), bp.taxonomy(), bp.taxId(), a.line1(), a.zip(), a.city(), a.state(), bp.phone()};
            String[] g = change.apply(f);
            return b.billingProvider(new org.oa.core.claim.BillingProvider(bp.name(), g[0], g[1], g[2],
                    new Address(g[3], a.line2(), g[5], g[6], g[4]), g[7]));
        };
    }

    private static UnaryOperator<Claim.Builder> patientBorn(LocalDate born) {
        return b -> {
            Patient p = b.build().patient();
            Patient changed = new Patient(p.id(), p.firstName(), p.lastName(), born, p.sex(), p.address());
            return b.patient(changed).subscriber(Subscriber.self(changed, "XQZ123456789", ""));
        };
    }

    private static UnaryOperator<Claim.Builder> memberId(String memberId) {
        return b -> b.subscriber(Subscriber.self(b.build().patient(), memberId, ""));
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(prof("PATIENT_CONTROL_NUMBER", "claim.patientControlNumber", b -> b.patientControlNumber("")));
        cases.add(prof("TOTAL_CHARGE_POSITIVE", "claim.totalCharge",
                b -> line(1, l -> l.charge("0.00")).apply(line(0, l -> l.charge("0.00")).apply(b))));
        cases.add(prof("TOTAL_CHARGE_BALANCES", "claim.totalCharge", b -> b.totalCharge("999.00")));
        cases.add(prof("FREQUENCY_CODE", "claim.frequencyCode", b -> b.frequencyCode("5")));
        cases.add(prof("ORIGINAL_CLAIM_NUMBER", "claim.originalClaimNumber",
                b -> b.frequency(ClaimFrequency.REPLACEMENT).originalClaimNumber("")));
        cases.add(prof("PLACE_OF_SERVICE", "claim.placeOfService", b -> b.placeOfService("00")));
        cases.add(inst("TYPE_OF_BILL", "claim.typeOfBill", b -> b.typeOfBill("531")));
        cases.add(inst("TYPE_OF_BILL_FREQUENCY", "claim.typeOfBill", b -> b.typeOfBill("137")));
        cases.add(prof("BILLING_NPI", "claim.billingProvider.npi", billing(f -> set(f, 0, "1234567890"))));
        cases.add(prof("RENDERING_NPI", "claim.renderingProviderNpi", b -> b.renderingProviderNpi("9876543210")));
        cases.add(prof("BILLING_TAXONOMY", "claim.billingProvider.taxonomy", billing(f -> set(f, 1, "207Q0000X"))));
        cases.add(prof("BILLING_TAX_ID", "claim.billingProvider.taxId", billing(f -> set(f, 2, "12-3456789"))));
        cases.add(prof("BILLING_ADDRESS_STREET", "claim.billingProvider.address.line1",
                billing(f -> set(f, 3, "P.O. Box 123"))));
        cases.add(prof("BILLING_ADDRESS_ZIP", "claim.billingProvider.address.zip", billing(f -> set(f, 4, "43215"))));
        cases.add(prof("BILLING_ADDRESS_CITY_STATE", "claim.billingProvider.address.state",
                billing(f -> set(f, 6, "XX"))));
        cases.add(prof("BILLING_PHONE", "claim.billingProvider.phone", billing(f -> set(f, 7, "555123"))));
        cases.add(prof("PATIENT_BIRTH_DATE_MISSING", "claim.patient.birthDate", patientBorn(null)));
        cases.add(prof("PATIENT_BIRTH_DATE_FUTURE", "claim.patient.birthDate", patientBorn(LocalDate.of(2027, 1, 1))));
        cases.add(prof("PATIENT_BIRTH_DATE_AFTER_SERVICE", "claim.patient.birthDate",
                patientBorn(LocalDate.of(2026, 6, 5))));
        cases.add(prof("PATIENT_BIRTH_DATE_IMPLAUSIBLE", "claim.patient.birthDate",
                patientBorn(LocalDate.of(1890, 1, 1))));
        cases.add(prof("SUBSCRIBER_MEMBER_ID", "claim.subscriber.memberId", memberId("")));
        cases.add(prof("TEXT_LENGTH", "claim.subscriber.memberId", memberId("W".repeat(81))));
        cases.add(prof("RELATIONSHIP_CODE", "claim.relationshipCode", b -> b.relationshipCode("99")));
        cases.add(prof("SELF_SUBSCRIBER_MATCHES_PATIENT", "claim.subscriber.birthDate", b -> {
            Subscriber s = b.build().subscriber();
            return b.subscriber(new Subscriber(s.firstName(), s.lastName(), LocalDate.of(1975, 1, 1), s.sex(),
                    s.address(), s.memberId(), s.groupNumber()));
        }));
        cases.add(prof("DIAGNOSIS_COUNT", "claim.diagnoses", b -> {
            List<Diagnosis> many = new ArrayList<>();
            for (int i = 10; i < 23; i++) {
                many.add(Diagnosis.of("E1" + i));
            }
            return b.diagnoses(many);
        }));
        cases.add(prof("DIAGNOSIS_DECIMAL_POINT", "claim.diagnoses[0].code", b -> b.diagnoses("E11.9", "I10")));
        cases.add(prof("DIAGNOSIS_FORMAT", "claim.diagnoses[1].code", b -> b.diagnoses("E119", "110")));
        cases.add(prof("DIAGNOSIS_DUPLICATE", "claim.diagnoses[1].code", b -> b.diagnoses("E119", "E119")));
        cases.add(prof("ICD10_EFFECTIVE_DATE", "claim.diagnoses",
                line(1, l -> l.serviceDate(LocalDate.of(2015, 9, 30)))));
        cases.add(prof("ACCIDENT_DATE", "claim.accidentDate", b -> b.accidentDate(LocalDate.of(2026, 6, 10))));
        cases.add(prof("ONSET_DATE", "claim.onsetDate", b -> b.onsetDate(LocalDate.of(2026, 6, 10))));
        cases.add(inst("ADMISSION_DATE_MISSING", "claim.admissionDate", b -> b.typeOfBill("111")));
        cases.add(inst("ADMISSION_DATE_AFTER_SERVICE", "claim.admissionDate",
                b -> b.admissionDate(LocalDate.of(2026, 6, 10))));
        cases.add(prof("SERVICE_LINE_COUNT", "claim.serviceLines",
                b -> b.serviceLines(List.of()).totalChargeFromLines()));
        cases.add(prof("PROCEDURE_CODE", "claim.serviceLines[0].procedureCode", line(0, l -> l.procedureCode("9921"))));
        cases.add(prof("MODIFIER_COUNT", "claim.serviceLines[0].modifiers",
                line(0, l -> l.modifiers("25", "59", "LT", "RT", "GT"))));
        cases.add(prof("MODIFIER_FORMAT", "claim.serviceLines[1].modifiers[0]", line(1, l -> l.modifiers("2"))));
        cases.add(prof("UNITS_POSITIVE", "claim.serviceLines[1].units", line(1, l -> l.units(0))));
        cases.add(prof("LINE_CHARGE_NOT_NEGATIVE", "claim.serviceLines[1].charge", line(1, l -> l.charge("-10.00"))));
        cases.add(prof("LINE_CONTROL_NUMBER_UNIQUE", "claim.serviceLines[1].lineControlNumber",
                line(1, l -> l.lineControlNumber("L1"))));
        cases.add(prof("DIAGNOSIS_POINTER_COUNT", "claim.serviceLines[0].diagnosisPointers",
                line(0, l -> l.diagnosisPointers(List.of()))));
        cases.add(prof("DIAGNOSIS_POINTER_TARGET", "claim.serviceLines[0].diagnosisPointers[1]",
                line(0, l -> l.diagnosisPointers(1, 5))));
        cases.add(prof("NDC_FORMAT", "claim.serviceLines[1].ndc", line(1, l -> l.ndc("0040937960"))));
        cases.add(inst("REVENUE_CODE", "claim.serviceLines[0].revenueCode", line(0, l -> l.revenueCode("45"))));
        cases.add(prof("SERVICE_DATE_MISSING", "claim.serviceLines[1].serviceFrom", line(1, l -> l.serviceDate(null))));
        cases.add(prof("SERVICE_DATE_RANGE", "claim.serviceLines[0].serviceTo",
                line(0, l -> l.serviceDates(LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 1)))));
        cases.add(prof("SERVICE_DATE_FUTURE", "claim.serviceLines[0].serviceTo",
                line(0, l -> l.serviceDate(LocalDate.of(2026, 7, 1)))));
        Claim sample = SampleClaims.professional().build();
        Claim earlier = sample.toBuilder().id(ClaimId.random()).patientControlNumber("PCN-0999")
                .serviceLines(List.of(sample.serviceLines().get(0))).totalChargeFromLines().build();
        cases.add(new Case("DUPLICATE_CLAIM", false, b -> b, "claim.serviceLines[0].procedureCode",
                new EditContext(SampleClaims.CLOCK, SampleClaims.PAYERS, Enrollments.none(),
                        ClaimHistory.of(List.of(earlier)))));
        cases.add(prof("PAYER_KNOWN", "claim.payerId", b -> b.payerId(PayerId.of("NOPE1"))));
        cases.add(prof("PAYER_TRANSACTION", "claim.payerId", b -> b.payerId(PayerId.of("SUM02"))));
        cases.add(prof("PAYER_ENROLLMENT", "claim.payerId", b -> b.payerId(PayerId.of("HRV01"))));
        cases.add(prof("MEMBER_ID_PAYER_FORMAT", "claim.subscriber.memberId",
                b -> memberId("ABC123").apply(b.payerId(PayerId.of("MCRS1")))));
        cases.add(prof("TIMELY_FILING", "claim.serviceLines[1].serviceFrom",
                b -> line(1, l -> l.serviceDate(LocalDate.of(2025, 6, 1))).apply(b)));
        return cases;
    }

    private static String[] set(String[] fields, int index, String value) {
        fields[index] = value;
        return fields;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passesTheValidClaimAndFailsTheBrokenOne(Case c) {
        assertThat(codes(EDITS.run(c.valid(), SampleClaims.context()))).doesNotContain(c.code());
        List<EditFailure> failures = EDITS.run(c.broken(), c.context());
        assertThat(failures).filteredOn(f -> f.code().equals(c.code()))
                .extracting(EditFailure::fieldPath)
                .containsExactly(c.path());
        EditFailure failure = failures.stream().filter(f -> f.code().equals(c.code())).findFirst().orElseThrow();
        assertThat(failure.message()).isNotBlank();
        assertThat(failure.hint()).isNotBlank();
    }

    @Test
    void everyBuiltInRuleHasAFailingCase() {
        Set<String> covered = cases().stream().map(Case::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> rules = FrontEndEdits.standardRules().stream().map(FrontEndEdit::code)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(covered).isEqualTo(rules);
        assertThat(rules).hasSizeGreaterThanOrEqualTo(35);
    }

    @Test
    void validSampleClaimsPassEveryRule() {
        assertThat(EDITS.run(SampleClaims.professional().build(), SampleClaims.context())).isEmpty();
        assertThat(EDITS.run(SampleClaims.institutional().build(), SampleClaims.context())).isEmpty();
    }

    @Test
    void ruleCodesAreUnique() {
        List<String> codes = FrontEndEdits.standardRules().stream().map(FrontEndEdit::code).toList();
        assertThat(codes).doesNotHaveDuplicates();
    }

    @Test
    void payerIndependentRulesComeBeforePayerSpecificOnes() {
        List<EditScope> scopes = FrontEndEdits.standardRules().stream().map(FrontEndEdit::scope).toList();
        List<EditScope> sorted = new ArrayList<>(scopes);
        Collections.sort(sorted);
        assertThat(scopes).isEqualTo(sorted);
        assertThat(scopes).contains(EditScope.PAYER_INDEPENDENT, EditScope.PAYER_SPECIFIC);
    }

    private static List<String> codes(List<EditFailure> failures) {
        return failures.stream().map(EditFailure::code).toList();
    }


    @Test
    void textLengthNamesEveryFieldThatAnElectronicClaimCannotCarryAndNothingAtTheLimit() {
        Claim valid = SampleClaims.professional().build();
        Patient p = valid.patient();
        Claim atLimit = valid.toBuilder()
                .patient(new Patient(p.id(), "F".repeat(35), "L".repeat(60), p.birthDate(), p.sex(),
                        new Address("1".repeat(55), "", "C".repeat(30), p.address().state(), p.address().zip())))
                .build();
        assertThat(EDITS.run(atLimit, SampleClaims.context())).extracting(EditFailure::code)
                .doesNotContain("TEXT_LENGTH");

        Claim over = valid.toBuilder()
                .patient(new Patient(p.id(), "F".repeat(36), "L".repeat(300), p.birthDate(), p.sex(),
                        new Address("1".repeat(56), "", "C".repeat(31), p.address().state(), p.address().zip())))
                .serviceLines(List.of(valid.serviceLines().get(0).toBuilder().lineControlNumber("N".repeat(51))
                        .build(), valid.serviceLines().get(1)))
                .build();
        assertThat(EDITS.run(over, SampleClaims.context())).filteredOn(f -> f.code().equals("TEXT_LENGTH"))
                .extracting(EditFailure::fieldPath).containsExactly("claim.patient.lastName",
                        "claim.patient.firstName", "claim.patient.address.line1", "claim.patient.address.city",
                        "claim.serviceLines[0].lineControlNumber");
    }
}
