package org.oa.edi.claims;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.oa.core.claim.BillingProvider;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimFrequency;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ClaimType;
import org.oa.core.claim.ServiceLine;
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

/** Synthetic OA core claims (invented people, NPIs with a valid check digit) that pass every front-end edit. */
public final class CoreClaims {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 2);
    public static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 2, 9, 30);
    public static final LocalDate SERVICE_DATE = LocalDate.of(2026, 10, 15);
    public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    public static final PracticeId PRACTICE = new PracticeId(UUID.fromString("00000000-0000-0000-0000-00000000a001"));
    public static final PayerList PAYERS = PayerList.bundled();
    public static final ClaimFileWriter.Submitter CLEARINGHOUSE = new ClaimFileWriter.Submitter("OA CLEARINGHOUSE",
            "OACLEARING", "EDI SUPPORT", "8005550100");
    public static final ClaimId SOME_CLAIM = new ClaimId(new UUID(0, 1));
    public static final PatientId SOME_PATIENT = new PatientId(new UUID(0, 2));

    private CoreClaims() {
    }

    public static EditContext editContext() {
        return new EditContext(CLOCK, PAYERS, Enrollments.none(), ClaimHistory.none());
    }

    public static ClaimFileWriter.Envelope envelope(long control) {
        return new ClaimFileWriter.Envelope(CLEARINGHOUSE, "", control, control, CREATED, false);
    }

    public static BillingProvider billingProvider() {
        return new BillingProvider("SUNRISE FAMILY MEDICINE", "1234567893", "207Q00000X", "123456789",
                new Address("100 MAIN STREET", "SUITE 2", "COLUMBUS", "OH", "432151234"), "6145550100");
    }

    public static Patient patient() {
        return new Patient(SOME_PATIENT, "ALEX", "SAMPLE", LocalDate.of(1980, 3, 14), Sex.FEMALE,
                new Address("5 ELM ROAD", "", "COLUMBUS", "OH", "43215"));
    }

    /** A two-line office visit to SIM01, total 200.00, patient is the subscriber. */
    public static Claim.Builder professional() {
        Patient patient = patient();
        return Claim.builder()
                .id(SOME_CLAIM)
                .practiceId(PRACTICE)
                .type(ClaimType.PROFESSIONAL)
                .patientControlNumber("PCN-1001")
                .placeOfService("11")
                .frequency(ClaimFrequency.ORIGINAL)
                .diagnoses("E119", "I10")
                .billingProvider(billingProvider())
                .renderingProviderNpi("1245319599")
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

    /** A hospital outpatient claim (type of bill 131) to SIM01, total 700.00, for the subscriber's child. */
    public static Claim.Builder institutional() {
        Patient child = new Patient(SOME_PATIENT, "SAM", "SAMPLE", LocalDate.of(2012, 5, 1), Sex.MALE,
                new Address("5 ELM ROAD", "", "COLUMBUS", "OH", "43215"));
        return Claim.builder()
                .id(SOME_CLAIM)
                .practiceId(PRACTICE)
                .type(ClaimType.INSTITUTIONAL)
                .patientControlNumber("UB-2001")
                .typeOfBill("131")
                .frequency(ClaimFrequency.ORIGINAL)
                .diagnoses("S52501A", "W010XXA")
                .billingProvider(billingProvider())
                .patient(child)
                .subscriber(Subscriber.self(patient(), "XQZ123456789", ""))
                .relationshipCode("19")
                .payerId(PayerId.of("SIM01"))
                .addServiceLine(ServiceLine.builder().lineControlNumber("1").revenueCode("0450").procedureCode("99284")
                        .charge("500.00").units(1).serviceDate(SERVICE_DATE).build())
                .addServiceLine(ServiceLine.builder().lineControlNumber("2").revenueCode("0320").procedureCode("73090")
                        .charge("200.00").units(1).serviceDates(SERVICE_DATE, SERVICE_DATE.plusDays(1)).build())
                .totalChargeFromLines();
    }

    /** The claim with the IDs OA assigns (claim ID, patient ID) replaced, to compare content only. */
    public static Claim content(Claim c) {
        Patient p = c.patient();
        return c.toBuilder().id(SOME_CLAIM).patient(new Patient(SOME_PATIENT, p.firstName(), p.lastName(),
                p.birthDate(), p.sex(), p.address())).build();
    }
}
