package org.oa.core.claim;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.oa.core.contact.Address;
import org.oa.core.edit.ClaimHistory;
import org.oa.core.edit.EditContext;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.Patient;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.Sex;
import org.oa.core.patient.Subscriber;
import org.oa.core.payer.Enrollments;
import org.oa.core.payer.PayerList;
import org.oa.core.practice.PracticeId;

/** Synthetic claims that pass every built-in front-end edit on {@link #TODAY}; invented people only. */
public final class SampleClaims {

    public static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    public static final LocalDate SERVICE_DATE = LocalDate.of(2026, 6, 1);
    public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    public static final PracticeId PRACTICE = new PracticeId(UUID.fromString("00000000-0000-0000-0000-00000000a001"));
    public static final PayerList PAYERS = PayerList.bundled();

    private SampleClaims() {
    }

    public static EditContext context() {
        return new EditContext(CLOCK, PAYERS, Enrollments.none(), ClaimHistory.none());
    }

    public static BillingProvider billingProvider() {
        return new BillingProvider("Sunrise Family Medicine", "1234567893", "207Q00000X", "123456789",
                new Address("100 Main Street", "Suite 2", "Columbus", "OH", "432151234"), "6145550100");
    }

    public static Patient patient() {
        return new Patient(new PatientId(UUID.fromString("00000000-0000-0000-0000-0000000000b1")), "Alex", "Sample",
                LocalDate.of(1980, 3, 14), Sex.FEMALE, new Address("5 Elm Road", "", "Columbus", "OH", "43215"));
    }

    /** A two-line office visit claim to SIM01, total 200.00. */
    public static Claim.Builder professional() {
        Patient patient = patient();
        return Claim.builder()
                .practiceId(PRACTICE)
                .type(ClaimType.PROFESSIONAL)
                .patientControlNumber("PCN-1001")
                .placeOfService("11")
                .frequency(ClaimFrequency.ORIGINAL)
                .diagnoses("E119", "I10")
                .billingProvider(billingProvider())
                .renderingProviderNpi("9876543213")
                .patient(patient)
                .subscriber(Subscriber.self(patient, "XQZ123456789", "GRP100"))
                .relationshipCode("18")
                .payerId(PayerId.of("SIM01"))
                .addServiceLine(ServiceLine.builder().lineControlNumber("L1").procedureCode("99213").modifiers("25")
                        .charge("150.00").units(1).serviceDate(SERVICE_DATE).diagnosisPointers(1, 2).build())
                .addServiceLine(ServiceLine.builder().lineControlNumber("L2").procedureCode("J1885")
                        .charge("50.00").units(2).serviceDate(SERVICE_DATE).diagnosisPointers(1)
                        .ndc("00409379601").build())
                .totalChargeFromLines();
    }

    /** A hospital outpatient claim (type of bill 131) to SIM01, total 700.00. */
    public static Claim.Builder institutional() {
        Patient patient = patient();
        return Claim.builder()
                .practiceId(PRACTICE)
                .type(ClaimType.INSTITUTIONAL)
                .patientControlNumber("UB-2001")
                .typeOfBill("131")
                .frequency(ClaimFrequency.ORIGINAL)
                .diagnoses("S52501A", "W010XXA")
                .billingProvider(billingProvider())
                .patient(patient)
                .subscriber(Subscriber.self(patient, "XQZ123456789", ""))
                .relationshipCode("18")
                .payerId(PayerId.of("SIM01"))
                .addServiceLine(ServiceLine.builder().lineControlNumber("1").revenueCode("0450").procedureCode("99284")
                        .charge("500.00").units(1).serviceDate(SERVICE_DATE).build())
                .addServiceLine(ServiceLine.builder().lineControlNumber("2").revenueCode("0320").procedureCode("73090")
                        .charge("200.00").units(1).serviceDate(SERVICE_DATE).build())
                .totalChargeFromLines();
    }
}
