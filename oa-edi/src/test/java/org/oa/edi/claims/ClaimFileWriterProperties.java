package org.oa.edi.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.oa.core.claim.BillingProvider;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimType;
import org.oa.core.claim.ServiceLine;
import org.oa.core.contact.Address;
import org.oa.core.edit.EditFailure;
import org.oa.core.edit.FrontEndEdits;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.Patient;
import org.oa.core.patient.Sex;
import org.oa.core.patient.Subscriber;
import org.oa.edi.validation.ValidationReport;
import org.oa.edi.validation.X12Validator;

/**
 * Batches of random core claims that pass the front-end edits, written as an 837 interchange, pass our own
 * validator with zero problems and read back (read, map) as the same claims. Synthetic data only.
 */
class ClaimFileWriterProperties {

    private static final ClaimFileWriter WRITER = ClaimFileWriter.forPayers(CoreClaims.PAYERS);
    private static final List<String> DIAGNOSES = List.of("E119", "I10", "J020", "R509", "M545", "Z0000", "S52501A",
            "K219", "N390", "R051", "F329", "G4700", "L309", "W010XXA");
    private static final List<String> PROCEDURES = List.of("99213", "99214", "87880", "J1885", "73090", "80053");
    private static final List<BillingProvider> BILLING = List.of(CoreClaims.billingProvider(),
            new BillingProvider("HILLSIDE HOSPITAL", "1245319599", "", "987654321",
                    new Address("9 HILL ROAD", "", "DAYTON", "OH", "454021234"), ""));

    @Property(tries = 200)
    void writtenBatchesValidateCleanlyAndReadBackAsTheSameClaims(@ForAll("batches") List<Claim> claims) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.write(claims, CoreClaims.envelope(123), out);
        byte[] x12 = out.toByteArray();

        ValidationReport report = X12Validator.newValidator().validate(new ByteArrayInputStream(x12));
        assertThat(report.allProblems()).isEmpty();
        assertThat(report.claimsAccepted()).isEqualTo(claims.size());

        List<Claim> read = new ArrayList<>();
        for (var tx : ClaimMapping.claimTransactions(X12Validator.newValidator().read(new ByteArrayInputStream(x12)))) {
            for (MappedClaim m : ClaimMapping.toCore(tx, MappingContext.forPractice(CoreClaims.PRACTICE))) {
                assertThat(m.problems()).isEmpty();
                read.add(CoreClaims.content(m.claim()));
            }
        }
        assertThat(read).containsExactlyInAnyOrderElementsOf(claims);
    }

    @Property(tries = 50)
    void generatedClaimsPassTheFrontEndEdits(@ForAll("claims") Claim claim) {
        List<EditFailure> failures = FrontEndEdits.standard().run(claim, CoreClaims.editContext());
        assertThat(failures).isEmpty();
    }

    @Provide
    Arbitrary<List<Claim>> batches() {
        return claims().list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<Claim> claims() {
        Arbitrary<String> name = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(20);
        Arbitrary<LocalDate> birth = Arbitraries.integers().between(0, 30_000)
                .map(d -> LocalDate.of(1935, 1, 1).plusDays(d));
        Arbitrary<Address> address = Arbitraries.oneOf(Arbitraries.just(new Address("", "", "", "", "")),
                Arbitraries.integers().between(1, 999).map(n -> new Address(n + " OAK STREET", n % 2 == 0 ? "APT 2"
                        : "", "COLUMBUS", "OH", "4321" + (n % 10))));
        Arbitrary<Patient> person = Combinators.combine(name, name, birth, Arbitraries.of(Sex.class), address)
                .as((first, last, b, sex, a) -> new Patient(CoreClaims.SOME_PATIENT, first, last, b, sex, a));
        Arbitrary<String> member = Arbitraries.strings().withCharRange('0', '9').ofLength(9).map(s -> "M" + s);
        Arbitrary<String> group = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().withCharRange('0', '9').ofLength(4).map(s -> "GRP" + s));
        Arbitrary<Boolean> institutional = Arbitraries.of(true, false);
        Arbitrary<List<String>> diagnoses = Arbitraries.of(DIAGNOSES).list().uniqueElements().ofMinSize(1)
                .ofMaxSize(12);
        Arbitrary<String> frequency = Arbitraries.of("1", "7", "8");
        return Combinators.combine(institutional, person, person, member, group,
                Arbitraries.of("18", "01", "19", "G8"), diagnoses, frequency).flatAs(
                        (inst, patient, other, memberId, groupNumber, relationship, dx, freq) ->
                                lines(inst, dx.size()).flatMap(lines -> Combinators.combine(
                                        Arbitraries.of(BILLING), Arbitraries.of(CoveragePriority.class),
                                        Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1)
                                                .ofMaxLength(20),
                                        Arbitraries.of("", "1245319599"), optionalDate(), optionalDate())
                                        .as((billing, priority, pcn, rendering, onset, accident) -> {
                                            Subscriber subscriber = relationship.equals("18")
                                                    ? Subscriber.self(patient, memberId, groupNumber)
                                                    : new Subscriber(other.firstName(), other.lastName(),
                                                            other.birthDate(), other.sex(), other.address(),
                                                            memberId, groupNumber);
                                            LocalDate first = lines.stream().map(ServiceLine::serviceFrom)
                                                    .min(LocalDate::compareTo).orElseThrow();
                                            return Claim.builder()
                                                    .id(CoreClaims.SOME_CLAIM)
                                                    .practiceId(CoreClaims.PRACTICE)
                                                    .type(inst ? ClaimType.INSTITUTIONAL : ClaimType.PROFESSIONAL)
                                                    .patientControlNumber(pcn)
                                                    .placeOfService(inst ? "" : "11")
                                                    .typeOfBill(inst ? "13" + freq : "")
                                                    .frequencyCode(freq)
                                                    .originalClaimNumber(freq.equals("1") ? "" : "PAYER" + pcn)
                                                    .diagnoses(dx.toArray(new String[0]))
                                                    .onsetDate(inst || onset == null ? null : first.minusDays(7))
                                                    .accidentDate(inst || accident == null ? null
                                                            : first.minusDays(10))
                                                    .admissionDate(accident == null ? null : first)
                                                    .billingProvider(billing)
                                                    .renderingProviderNpi(rendering)
                                                    .patient(patient)
                                                    .subscriber(subscriber)
                                                    .relationshipCode(relationship)
                                                    .payerId(PayerId.of("SIM01"))
                                                    .priority(priority)
                                                    .serviceLines(lines)
                                                    .totalChargeFromLines()
                                                    .build();
                                        })));
    }

    private static Arbitrary<LocalDate> optionalDate() {
        return Arbitraries.of(LocalDate.of(2026, 1, 1)).injectNull(0.5);
    }

    private static Arbitrary<List<ServiceLine>> lines(boolean institutional, int diagnoses) {
        Arbitrary<ServiceLine> line = Combinators.combine(Arbitraries.of(PROCEDURES),
                Arbitraries.of("25", "59", "LT", "RT").list().uniqueElements().ofMaxSize(institutional ? 2 : 4),
                Arbitraries.integers().between(1, 2_000_000).map(c -> BigDecimal.valueOf(c, 2)),
                Arbitraries.integers().between(1, 30).map(BigDecimal::valueOf),
                Arbitraries.integers().between(0, 290).map(d -> LocalDate.of(2026, 1, 1).plusDays(d)),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(1, diagnoses).list().uniqueElements().ofMinSize(1)
                        .ofMaxSize(Math.min(4, diagnoses)),
                Arbitraries.of("", "00409379601"))
                .as((code, modifiers, charge, units, from, days, pointers, ndc) -> ServiceLine.builder()
                        .procedureCode(code)
                        .modifiers(modifiers)
                        .charge(charge)
                        .units(units)
                        .serviceDates(from, from.plusDays(days))
                        .diagnosisPointers(institutional ? List.of() : pointers)
                        .ndc(institutional ? "" : ndc)
                        .revenueCode(institutional ? "0450" : "")
                        .build());
        return line.list().ofMinSize(1).ofMaxSize(5).map(ClaimFileWriterProperties::numbered);
    }

    /** Gives every line a unique line control number. */
    private static List<ServiceLine> numbered(List<ServiceLine> lines) {
        List<ServiceLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(lines.get(i).toBuilder().lineControlNumber("L" + (i + 1)).build());
        }
        return out;
    }
}
