package org.oa.edi.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oa.edi.validation.Validation.problems;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oa.edi.X12Samples;

class RemittanceValidationTest {

    private static String remit(int index, String segment) {
        List<String> body = X12Samples.remittanceBody();
        body.set(index, segment);
        return X12Samples.interchange("835", "005010X221A1", body);
    }

    @Test
    void acceptsABalancedRemittance() {
        assertThat(problems(X12Samples.remittance())).isEmpty();
    }

    @Test
    void rejectsServiceWhosePaymentDoesNotBalance() {
        List<Problem> ps = problems(remit(9, "SVC*HC:99213*100*81"));
        assertThat(ps).extracting(Problem::code).containsExactly("SERVICE_BALANCE");
        Problem service = ps.stream().filter(p -> p.code().equals("SERVICE_BALANCE")).findFirst().orElseThrow();
        assertThat(service.loopId()).isEqualTo("2110");
        assertThat(service.claimId()).isEqualTo("PCN001");
        assertThat(service.segmentId()).isEqualTo("SVC");
    }

    @Test
    void rejectsClaimWhosePaymentDoesNotBalance() {
        assertThat(problems(remit(8, "CLP*PCN001*1*160*125*10*12*PAYERCLAIM1"))).extracting(Problem::code)
                .containsExactly("CLAIM_BALANCE");
    }

    @Test
    void rejectsTransactionWhoseTotalPaymentDoesNotBalance() {
        Problem p = problems(remit(0, "BPR*I*130*C*CHK************20261110")).get(0);
        assertThat(p.code()).isEqualTo("TRANSACTION_BALANCE");
        assertThat(p.segmentId()).isEqualTo("BPR");
        assertThat(p.elementPosition()).isEqualTo(2);
    }

    @Test
    void reportsMissingPayeeAndTrace() {
        List<String> body = X12Samples.remittanceBody();
        body.remove(6);
        body.remove(1);
        assertThat(problems(X12Samples.interchange("835", "005010X221A1", body)))
                .extracting(p -> p.segmentId() + "/" + p.loopId() + "=" + p.code())
                .containsExactlyInAnyOrder("TRN/=3", "N1/1000B=3");
    }

    @Test
    void providerAdjustmentsReduceThePayment() {
        String file = remit(14, "PLB*1234567893*20261231*WO:ADJ1*25").replace("BPR*I*125*", "BPR*I*100*");
        assertThat(problems(file)).isEmpty();
    }
}
