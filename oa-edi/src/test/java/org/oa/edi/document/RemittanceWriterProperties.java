package org.oa.edi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.oa.edi.X12Samples;
import org.oa.edi.stream.Delimiters;
import org.oa.edi.stream.X12Writer;
import org.oa.edi.validation.ValidationReport;
import org.oa.edi.validation.X12Validator;

/** A balanced remittance model written as an 835 validates cleanly and reads back equal (500 models). */
class RemittanceWriterProperties {

    private static final TransactionHeader HEADER = new TransactionHeader("835", "0001", "005010X221A1");

    @Provide
    Arbitrary<ServicePayment> services() {
        Arbitrary<BigDecimal> cents = Arbitraries.integers().between(0, 50_000).map(i -> BigDecimal.valueOf(i, 2));
        Arbitrary<Adjustment> adjustment = Combinators.combine(Arbitraries.of("CO", "PR", "OA"),
                Arbitraries.of("45", "1", "2", "23"), cents).as((g, r, a) -> new Adjustment(g, r, a, null));
        return Combinators.combine(Arbitraries.of("99213", "87880", "J1100"), cents, adjustment.list().ofMaxSize(3))
                .as((code, extra, adjustments) -> {
                    BigDecimal adjusted = adjustments.stream().map(Adjustment::amount).reduce(BigDecimal.ZERO,
                            BigDecimal::add);
                    BigDecimal charge = adjusted.add(extra);
                    return new ServicePayment("HC", code, List.of(), charge, extra, adjustments);
                });
    }

    @Provide
    Arbitrary<RemittanceTransaction> remittances() {
        Arbitrary<ClaimPayment> claim = Combinators.combine(Arbitraries.strings().alpha().numeric().ofMinLength(1)
                .ofMaxLength(20), services().list().ofMinSize(1).ofMaxSize(4)).as((pcn, services) -> {
                    BigDecimal charge = services.stream().map(ServicePayment::charge).reduce(BigDecimal.ZERO,
                            BigDecimal::add);
                    BigDecimal paid = services.stream().map(ServicePayment::payment).reduce(BigDecimal.ZERO,
                            BigDecimal::add);
                    return new ClaimPayment(pcn, "1", charge, paid, null, "PAYER" + pcn, List.of(), services);
                });
        Arbitrary<List<ProviderAdjustment>> plb = Arbitraries.integers().between(-10_000, 10_000)
                .map(i -> new ProviderAdjustment("1234567893", LocalDate.of(2026, 12, 31), "WO", "REF1",
                        BigDecimal.valueOf(i, 2))).list().ofMaxSize(2);
        return Combinators.combine(claim.list().ofMinSize(1).ofMaxSize(5), plb).as((claims, adjustments) -> {
            BigDecimal total = claims.stream().map(ClaimPayment::payment).reduce(BigDecimal.ZERO, BigDecimal::add);
            for (ProviderAdjustment p : adjustments) {
                total = total.subtract(p.amount());
            }
            return new RemittanceTransaction(HEADER, "I", total, "C", "CHK", LocalDate.of(2026, 11, 10), "TRACE1",
                    new Party("PR", true, "SOME PAYER", "", "", "", null),
                    new Party("PE", true, "ACME CLINIC", "", "XX", "1234567893", null), claims, adjustments);
        });
    }

    private static byte[] write(RemittanceTransaction r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        X12Writer w = X12Writer.create(out, Delimiters.DEFAULT, true);
        LocalDateTime when = LocalDateTime.of(2026, 11, 10, 9, 0);
        w.startInterchange("ZZ", "PAYER", "ZZ", "CLINIC", when, 3, false, true);
        w.startGroup("HP", "PAYER", "CLINIC", when, 3, "005010X221A1");
        RemittanceWriter.write(r, w, "0001");
        w.endGroup().endInterchange().flush();
        return out.toByteArray();
    }

    @Property(tries = 500)
    void balancedRemittanceIsWrittenValidAndReadsBackEqual(@ForAll("remittances") RemittanceTransaction r) {
        byte[] bytes = write(r);
        ValidationReport report = X12Validator.newValidator().validate(new ByteArrayInputStream(bytes));
        assertThat(report.allProblems()).isEmpty();
        X12Document doc = X12Validator.newValidator().read(new ByteArrayInputStream(bytes));
        assertThat(doc.interchanges().get(0).groups().get(0).transactions().get(0)).isEqualTo(r);
    }

    @Example
    void refusesToWriteAnUnbalancedRemittance() {
        RemittanceTransaction read = (RemittanceTransaction) X12Validator.newValidator().read(
                X12Samples.stream(X12Samples.remittance())).interchanges().get(0).groups().get(0).transactions().get(0);
        RemittanceTransaction wrong = new RemittanceTransaction(read.header(), "I", new BigDecimal("1"), "C", "CHK",
                read.paymentDate(), "T", read.payer(), read.payee(), read.claims(), read.providerAdjustments());
        assertThatThrownBy(() -> write(wrong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BPR02");
        assertThat(new ArrayList<>(List.of(write(read))).get(0)).isNotEmpty();
    }
}
