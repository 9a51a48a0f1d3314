package org.oa.core.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.oa.core.claim.BillingProvider;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimType;
import org.oa.core.claim.ServiceLine;
import org.oa.core.contact.Address;
import org.oa.core.edit.ClaimHistory;
import org.oa.core.edit.EditContext;
import org.oa.core.edit.EditFailure;
import org.oa.core.edit.FrontEndEdits;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.Patient;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.Sex;
import org.oa.core.patient.Subscriber;
import org.oa.core.payer.Enrollments;
import org.oa.core.payer.PayerList;
import org.oa.core.practice.PracticeId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Front-end edits on typical claims, one thread: 1,024 synthetic claims (80% professional with 1-4 lines, 20%
 * institutional with 2-6 lines, about one in ten with a mistake), checked against the bundled payer list and an
 * in-memory claim history of 10,000 claims. The score is claims per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class FrontEndEditsBenchmark {

    static final int CLAIMS = 1024;
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final String[] PAYERS = {"SIM01", "GRN01", "BLU10", "MCRS1", "RVR01", "PIN01"};
    private static final String[] PROCEDURES = {"99213", "99214", "99203", "36415", "81002", "J1885", "97110", "G0008"};
    private static final String[] DIAGNOSES = {"E119", "I10", "J069", "M5416", "Z0000", "R51", "E785", "F419"};

    private Claim[] claims;
    private EditContext context;
    private FrontEndEdits edits;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        PracticeId practice = new PracticeId(UUID.randomUUID());
        List<Claim> history = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            history.add(claim(random, practice, i));
        }
        claims = new Claim[CLAIMS];
        for (int i = 0; i < CLAIMS; i++) {
            claims[i] = claim(random, practice, 10_000 + i);
        }
        context = new EditContext(Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                PayerList.bundled(), Enrollments.none(), ClaimHistory.of(history));
        edits = FrontEndEdits.standard();
    }

    static Claim claim(Random random, PracticeId practice, int n) {
        boolean institutional = random.nextInt(5) == 0;
        int lines = institutional ? 2 + random.nextInt(5) : 1 + random.nextInt(4);
        Patient patient = new Patient(new PatientId(new UUID(7, n)), "Pat" + n, "Synthetic",
                LocalDate.of(1940 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28)), Sex.UNKNOWN,
                new Address("1 Test Way", "", "Columbus", "OH", "43215"));
        String payer = PAYERS[random.nextInt(PAYERS.length)];
        String memberId = payer.equals("MCRS1") ? "1AC2DE3FG45" : "MBR" + n;
        LocalDate service = TODAY.minusDays(1 + random.nextInt(60));
        Claim.Builder b = Claim.builder().practiceId(practice)
                .type(institutional ? ClaimType.INSTITUTIONAL : ClaimType.PROFESSIONAL)
                .patientControlNumber("PCN" + n)
                .placeOfService(institutional ? "" : "11")
                .typeOfBill(institutional ? "131" : "")
                .diagnoses(DIAGNOSES[random.nextInt(4)], DIAGNOSES[4 + random.nextInt(4)])
                .billingProvider(new BillingProvider("Sunrise Family Medicine", "1234567893", "207Q00000X",
                        "123456789", new Address("100 Main Street", "", "Columbus", "OH", "432151234"), "6145550100"))
                .renderingProviderNpi(institutional ? "" : "9876543213")
                .patient(patient)
                .subscriber(Subscriber.self(patient, memberId, ""))
                .relationshipCode("18")
                .payerId(PayerId.of(payer));
        for (int l = 0; l < lines; l++) {
            ServiceLine.Builder line = ServiceLine.builder().lineControlNumber("L" + l)
                    .procedureCode(PROCEDURES[random.nextInt(PROCEDURES.length)])
                    .charge(BigDecimal.valueOf(25 + random.nextInt(400)).setScale(2))
                    .units(1).serviceDate(service).diagnosisPointers(1, 2);
            if (institutional) {
                line.revenueCode("0" + (300 + random.nextInt(600)));
            }
            if (random.nextInt(4) == 0) {
                line.modifiers("25");
            }
            b.addServiceLine(line.build());
        }
        b.totalChargeFromLines();
        if (random.nextInt(10) == 0) {
            b.totalCharge("1.00"); // a typical mistake: total does not balance
        }
        return b.build();
    }

    @Benchmark
    @OperationsPerInvocation(CLAIMS)
    public void editTypicalClaims(Blackhole blackhole) {
        for (Claim claim : claims) {
            List<EditFailure> failures = edits.run(claim, context);
            blackhole.consume(failures);
        }
    }
}
