package org.oa.web.infrastructure.payer;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.oa.core.claim.BillingProvider;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimFrequency;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ClaimType;
import org.oa.core.claim.ServiceLine;
import org.oa.core.contact.Address;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.Patient;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.Sex;
import org.oa.core.patient.Subscriber;
import org.oa.core.payer.PayerList;
import org.oa.core.practice.PracticeId;
import org.oa.edi.claims.ClaimFileWriter;

/** Synthetic OA core claims to SIM01 (invented people, NPIs with a valid check digit) and the 837 files of them. */
public final class SyntheticClaims {

    public static final LocalDateTime SENT = LocalDateTime.of(2026, 11, 2, 9, 30);
    public static final LocalDate SERVICE_DATE = LocalDate.of(2026, 10, 15);
    public static final PracticeId PRACTICE = new PracticeId(UUID.fromString("00000000-0000-0000-0000-00000000a001"));
    public static final ClaimFileWriter.Submitter CLEARINGHOUSE = new ClaimFileWriter.Submitter("OA CLEARINGHOUSE",
            "OACLEARING", "EDI SUPPORT", "8005550100");

    private SyntheticClaims() {
    }

    /** The 837 interchange the clearinghouse sends SIM01 for {@code claims}, with ISA13 {@code control}. */
    public static byte[] claimFile(long control, Claim... claims) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClaimFileWriter.forPayers(PayerList.bundled()).write(List.of(claims),
                new ClaimFileWriter.Envelope(CLEARINGHOUSE, "", control, control, SENT, false), out);
        return out.toByteArray();
    }

    public static BillingProvider billingProvider() {
        return new BillingProvider("SUNRISE FAMILY MEDICINE", "1234567893", "207Q00000X", "123456789",
                new Address("100 MAIN STREET", "SUITE 2", "COLUMBUS", "OH", "432151234"), "6145550100");
    }

    public static Patient patient(int n) {
        return new Patient(new PatientId(new UUID(0, n)), "ALEX", "SAMPLE" + (char) ('A' + n),
                LocalDate.of(1980, 3, 14), Sex.FEMALE, new Address("5 ELM ROAD", "", "COLUMBUS", "OH", "43215"));
    }

    public static ServiceLine line(String lineControl, String procedure, String charge, String... modifiers) {
        return ServiceLine.builder().lineControlNumber(lineControl).procedureCode(procedure).modifiers(modifiers)
                .charge(charge).units(1).serviceDate(SERVICE_DATE).diagnosisPointers(1).build();
    }

    /** A professional claim of patient {@code n} (who is the subscriber, member ID {@code memberId}). */
    public static Claim professional(int n, String pcn, String memberId, ServiceLine... lines) {
        Patient patient = patient(n);
        Claim.Builder b = Claim.builder()
                .id(new ClaimId(new UUID(1, n)))
                .practiceId(PRACTICE)
                .type(ClaimType.PROFESSIONAL)
                .patientControlNumber(pcn)
                .placeOfService("11")
                .frequency(ClaimFrequency.ORIGINAL)
                .diagnoses("E119", "I10")
                .billingProvider(billingProvider())
                .renderingProviderNpi("1245319599")
                .patient(patient)
                .subscriber(Subscriber.self(patient, memberId, "GRP100"))
                .relationshipCode("18")
                .payerId(PayerId.of("SIM01"));
        for (ServiceLine l : lines) {
            b.addServiceLine(l);
        }
        return b.totalChargeFromLines().build();
    }

    /** The usual office visit: 99213-25 150.00 and J1885 50.00. */
    public static Claim officeVisit(int n, String pcn, String memberId) {
        return professional(n, pcn, memberId, line("L1", "99213", "150.00", "25"), line("L2", "J1885", "50.00"));
    }

    /** A hospital outpatient claim (bill type 131) for the subscriber's child: 0450 500.00 and 0320 200.00. */
    public static Claim outpatient(String pcn) {
        Patient child = new Patient(new PatientId(new UUID(0, 99)), "SAM", "SAMPLE", LocalDate.of(2012, 5, 1),
                Sex.MALE, new Address("5 ELM ROAD", "", "COLUMBUS", "OH", "43215"));
        return Claim.builder()
                .id(new ClaimId(new UUID(2, 1)))
                .practiceId(PRACTICE)
                .type(ClaimType.INSTITUTIONAL)
                .patientControlNumber(pcn)
                .typeOfBill("131")
                .frequency(ClaimFrequency.ORIGINAL)
                .diagnoses("S52501A", "W010XXA")
                .billingProvider(billingProvider())
                .patient(child)
                .subscriber(Subscriber.self(patient(1), "XQZ123456789", ""))
                .relationshipCode("19")
                .payerId(PayerId.of("SIM01"))
                .addServiceLine(ServiceLine.builder().lineControlNumber("1").revenueCode("0450").procedureCode("99284")
                        .charge("500.00").units(1).serviceDate(SERVICE_DATE).build())
                .addServiceLine(ServiceLine.builder().lineControlNumber("2").revenueCode("0320").procedureCode("73090")
                        .charge("200.00").units(1).serviceDates(SERVICE_DATE, SERVICE_DATE.plusDays(1)).build())
                .totalChargeFromLines()
                .build();
    }
}
