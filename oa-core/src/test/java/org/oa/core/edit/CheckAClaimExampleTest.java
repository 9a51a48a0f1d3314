package org.oa.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oa.core.claim.BillingProvider;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimType;
import org.oa.core.claim.ServiceLine;
import org.oa.core.contact.Address;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.Patient;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.Sex;
import org.oa.core.patient.Subscriber;
import org.oa.core.payer.Enrollments;
import org.oa.core.payer.PayerList;
import org.oa.core.practice.PracticeId;

/** How a vendor uses OA core alone, with no server and no database, to check a claim before sending it. */
class CheckAClaimExampleTest {

    @Test
    void vendorBuildsAClaimAndReadsTheFailuresABillerWouldSee() {
        LocalDate today = LocalDate.of(2026, 6, 15);
        Patient patient = new Patient(PatientId.random(), "Jordan", "Example", LocalDate.of(1990, 7, 4), Sex.MALE,
                new Address("9 Oak Court", "", "Dayton", "OH", "45402"));
        Claim claim = Claim.builder()
                .practiceId(new PracticeId(UUID.randomUUID()))
                .type(ClaimType.PROFESSIONAL)
                .patientControlNumber("ACCT-77")
                .placeOfService("11")
                .diagnoses("J06.9")                                   // decimal point: a typical mistake
                .billingProvider(new BillingProvider("Oak Family Practice", "1234567893", "207Q00000X", "123456789",
                        new Address("PO Box 12", "", "Dayton", "OH", "454021234"), "9375550100"))
                .patient(patient)
                .subscriber(Subscriber.self(patient, "OAK998877", ""))
                .payerId(PayerId.of("SIM01"))
                .addServiceLine(ServiceLine.builder().procedureCode("99213").charge(new BigDecimal("95.00"))
                        .units(1).serviceDate(today.minusDays(3)).diagnosisPointers(1).build())
                .totalChargeFromLines()
                .build();
        EditContext context = new EditContext(Clock.fixed(today.atStartOfDay(ZoneId.of("UTC")).toInstant(),
                ZoneId.of("UTC")), PayerList.bundled(), Enrollments.none(), ClaimHistory.none());

        List<EditFailure> failures = FrontEndEdits.standard().run(claim, context);

        assertThat(FrontEndEdits.rejects(failures)).isTrue();
        assertThat(failures).extracting(EditFailure::code, EditFailure::fieldPath).containsExactly(
                org.assertj.core.groups.Tuple.tuple("BILLING_ADDRESS_STREET", "claim.billingProvider.address.line1"),
                org.assertj.core.groups.Tuple.tuple("DIAGNOSIS_DECIMAL_POINT", "claim.diagnoses[0].code"));
        assertThat(failures.get(1).hint()).contains("E119");
    }
}
