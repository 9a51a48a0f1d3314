package org.oa.edi.ack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oa.edi.X12Samples;
import org.oa.edi.document.ClaimAcknowledgment;
import org.oa.edi.document.X12Document;
import org.oa.edi.validation.X12Validator;

class ClaimAcknowledgmentWriterTest {

    private static String ack277(String file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        X12Validator.newValidator().validate(X12Samples.stream(file), new ClaimAcknowledgmentWriter(out,
                LocalDateTime.of(2026, 11, 2, 9, 0), 5, "OA CLEARINGHOUSE", "OA0001"));
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void acceptsEachValidClaim() {
        String ack = ack277(X12Samples.professional());
        assertThat(ack).contains("ST*277*0001*005010X214~", "TRN*2*PCN001~", "STC*A1:20*20261102*WQ*150~",
                "QTY*90*1~", "QTY*AA*0~", "NM1*85*2*ACME CLINIC*****XX*1234567893~");
        assertThat(X12Validator.newValidator().validate(X12Samples.stream(ack)).accepted()).isTrue();
    }

    @Test
    void rejectsAnUnbalancedClaimWithStatus400() {
        String ack = ack277(X12Samples.professionalReplacing("CLM*", "CLM*PCN001*175***11:B:1*Y*A*Y*Y"));
        assertThat(ack).contains("STC*A7:400*20261102*U*175~", "QTY*AA*1~", "AMT*YY*175~");
        X12Document doc = X12Validator.newValidator().read(X12Samples.stream(ack));
        ClaimAcknowledgment ca = (ClaimAcknowledgment) doc.interchanges().get(0).groups().get(0).transactions()
                .get(0);
        assertThat(ca.claims()).singleElement().satisfies(c -> {
            assertThat(c.patientControlNumber()).isEqualTo("PCN001");
            assertThat(c.accepted()).isFalse();
            assertThat(c.statusCodes()).containsExactly("A7:400");
        });
    }

    @Test
    void writesNothingForTransactionsWithoutClaims() {
        assertThat(ack277(X12Samples.remittance())).isEmpty();
        assertThat(ack277(X12Samples.interchange("837", "005010X222A1", List.of("BHT*0019*00*B*20261101*1200*CH"))))
                .isEmpty();
    }
}
