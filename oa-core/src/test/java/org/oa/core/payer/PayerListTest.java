package org.oa.core.payer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.oa.core.identifier.PayerId;

class PayerListTest {

    private static final String HEADER =
            "payer_id,name,transactions,enrollment_required,member_id_format,timely_filing_days,notes\n";

    @Test
    void bundledListHoldsAboutThirtyPayersIncludingTheSimulatedPlan() {
        PayerList list = PayerList.bundled();
        assertThat(list.size()).isBetween(25, 40);
        Payer sim = list.find(PayerId.of("SIM01")).orElseThrow();
        assertThat(sim.name()).isEqualTo("OA Simulated Health Plan");
        assertThat(sim.transactions()).containsExactlyInAnyOrder(TransactionType.CLAIM_837P,
                TransactionType.CLAIM_837I, TransactionType.REMITTANCE_835);
        assertThat(sim.enrollmentRequired()).isEmpty();
    }

    @Test
    void bundledListHasAMedicarePayerUsingMbisAndPayersRequiringEnrollment() {
        PayerList list = PayerList.bundled();
        assertThat(list.payers()).anyMatch(p -> p.memberIdFormat() == MemberIdFormat.MEDICARE_MBI);
        assertThat(list.payers()).anyMatch(p -> p.requiresEnrollment(TransactionType.CLAIM_837P));
        assertThat(list.payers()).allMatch(p -> !p.notes().isEmpty());
    }

    @Test
    void readsQuotedNotesWithCommasAndSlashSeparatedTransactions() throws IOException {
        PayerList.ReadResult result = PayerList.readCsv(new StringReader(HEADER
                + "ABC12,Example Plan,837P|270/271|276,270/271,ANY,90,\"Notes, with \"\"quotes\"\"\"\n"));
        assertThat(result.problems()).isEmpty();
        Payer p = result.payerList().find(PayerId.of("ABC12")).orElseThrow();
        assertThat(p.transactions()).isEqualTo(EnumSet.of(TransactionType.CLAIM_837P,
                TransactionType.ELIGIBILITY_270_271, TransactionType.CLAIM_STATUS_276_277));
        assertThat(p.requiresEnrollment(TransactionType.ELIGIBILITY_270_271)).isTrue();
        assertThat(p.notes()).isEqualTo("Notes, with \"quotes\"");
        assertThat(p.timelyFilingDays()).isEqualTo(90);
    }

    @Test
    void reportsBadLinesAndKeepsTheGoodOnes() throws IOException {
        PayerList.ReadResult result = PayerList.readCsv(new StringReader(HEADER
                + "GOOD1,Good,837P,,ANY,90,\n"
                + "BAD1,Bad transaction,837X,,ANY,90,\n"
                + "BAD2,Enrollment not supported,837P,835,ANY,90,\n"
                + "BAD3,Days,837P,,ANY,ninety,\n"
                + "BAD4,Too few fields\n"
                + "GOOD1,Duplicate,837P,,ANY,90,\n"));
        assertThat(result.payerList().size()).isEqualTo(1);
        assertThat(result.problems()).hasSize(5);
        assertThat(result.problems().get(0)).startsWith("line 3");
    }

    @Test
    void refusesAFileWithoutTheHeader() throws IOException {
        PayerList.ReadResult result = PayerList.readCsv(new StringReader("GOOD1,Good,837P,,ANY,90,\n"));
        assertThat(result.problems()).singleElement().asString().contains("header");
        assertThat(result.payerList().size()).isZero();
    }
}
