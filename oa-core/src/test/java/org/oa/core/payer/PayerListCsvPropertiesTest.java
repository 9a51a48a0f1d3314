package org.oa.core.payer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.oa.core.identifier.PayerId;

class PayerListCsvPropertiesTest {

    @Property(tries = 200)
    void writtenPayerListsReadBackUnchanged(@ForAll("payerLists") List<Payer> payers) throws IOException {
        StringBuilder csv = new StringBuilder();
        PayerList.of(payers).writeCsv(csv);
        PayerList.ReadResult read = PayerList.readCsv(new StringReader(csv.toString()));
        assertThat(read.problems()).isEmpty();
        assertThat(read.payerList().payers()).isEqualTo(payers);
    }

    @Provide
    Arbitrary<List<Payer>> payerLists() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(40)
                .map(String::strip).filter(s -> !s.isEmpty());
        Arbitrary<Set<TransactionType>> transactions = Arbitraries.subsetOf(TransactionType.values())
                .ofMinSize(1).map(EnumSet::copyOf);
        Arbitrary<Payer> payer = Combinators.combine(
                Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1).ofMaxLength(10),
                text, transactions, Arbitraries.of(true, false), text.injectNull(0.3),
                Arbitraries.of(MemberIdFormat.class), Arbitraries.integers().between(1, 3650))
                .as((id, name, tx, enroll, notes, format, days) -> new Payer(PayerId.of(id), name, tx,
                        enroll ? Set.of(tx.iterator().next()) : Set.of(), notes, format, days));
        return payer.list().ofMaxSize(8).uniqueElements(p -> p.id());
    }
}
