package org.oa.edi.ack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.oa.edi.X12Samples;
import org.oa.edi.document.ImplementationAcknowledgment;
import org.oa.edi.document.X12Document;
import org.oa.edi.validation.ValidationReport;
import org.oa.edi.validation.X12Validator;

class AcknowledgmentsTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 2, 8, 30);

    private static String ack999(String file) {
        ValidationReport report = X12Validator.newValidator().validate(X12Samples.stream(file));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Acknowledgments.write999(report, out, NOW, 42);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void acknowledgesAnAcceptedTransaction() {
        String ack = ack999(X12Samples.professional());
        assertThat(ack).contains("ISA*00*          *00*          *ZZ*RECEIVER       *ZZ*SUBMITTER      *261102*0830*^"
                + "*00501*000000042*0*T*:~", "GS*FA*RECEIVER*SUBMITTER*20261102*0830*1*X*005010X231A1~",
                "AK1*HC*1*005010X222A1~", "AK2*837*0001*005010X222A1~", "IK5*A~", "AK9*A*1*1*1~", "SE*6*0001~",
                "GE*1*1~", "IEA*1*000000042~");
    }

    @Test
    void rejectsTransactionWithSegmentAndElementErrors() {
        String file = X12Samples.professionalReplacing("N4*ANYTOWN*CA*900011234", "N4*ANYTOWN*CA*90001");
        String ack = ack999(file);
        assertThat(ack).contains("IK3*N4*9*2010*8~", "IK4*3**I12~", "IK5*R*5~", "AK9*R*1*1*0~");
    }

    @Test
    void reportsClaimEditsAsAcceptedWithErrors() {
        String ack = ack999(X12Samples.professionalReplacing("CLM*", "CLM*PCN001*175***11:B:1*Y*A*Y*Y"));
        assertThat(ack).contains("IK5*E~", "AK9*E*1*1*1~").doesNotContain("IK3");
    }

    @Test
    void reportsTrailerErrorsInIk5AndAk9() {
        String file = X12Samples.professional().replace("SE*26*0001", "SE*20*0001").replace("GE*1*1", "GE*1*2");
        assertThat(ack999(file)).contains("IK5*R*4~", "AK9*R*1*1*0*4~");
    }

    @Test
    void writesA999ThatOurReaderAcceptsAndTypes() {
        String ack = ack999(X12Samples.professionalReplacing("N4*ANYTOWN*CA*900011234", "N4*ANYTOWN*CA*90001"));
        ValidationReport report = X12Validator.newValidator().validate(X12Samples.stream(ack));
        assertThat(report.allProblems()).isEmpty();
        X12Document doc = X12Validator.newValidator().read(X12Samples.stream(ack));
        ImplementationAcknowledgment ia = (ImplementationAcknowledgment) doc.interchanges().get(0).groups().get(0)
                .transactions().get(0);
        assertThat(ia.groupAcknowledgmentCode()).isEqualTo("R");
        assertThat(ia.transactionSets().get(0).acknowledgmentCode()).isEqualTo("R");
        assertThat(ia.transactionSets().get(0).errors()).contains("IK3 N4@9 8", "IK4 3 I12");
    }

    @Test
    void writesTa1RejectingABrokenEnvelope() {
        String file = X12Samples.professional().replace("IEA*1*000000001", "IEA*1*000000002");
        ValidationReport report = X12Validator.newValidator().validate(X12Samples.stream(file));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Acknowledgments.writeTa1(report, out, NOW, 7);
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).contains("TA1*000000001*261101*1200*R*001~",
                "IEA*0*000000007~");
    }

    @Test
    void writesTa1AcceptingASoundEnvelope() {
        ValidationReport report = X12Validator.newValidator().validate(X12Samples.stream(X12Samples.professional()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Acknowledgments.writeTa1(report, out, NOW, 7);
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).contains("TA1*000000001*261101*1200*A*000~");
    }
}
