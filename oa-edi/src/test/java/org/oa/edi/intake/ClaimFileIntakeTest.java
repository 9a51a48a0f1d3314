package org.oa.edi.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ServiceLine;
import org.oa.core.edit.FrontEndEdits;
import org.oa.core.lifecycle.ClaimStatus;
import org.oa.core.submission.ClaimIntake;
import org.oa.core.submission.FileSummaryReport;
import org.oa.core.submission.SubmissionChannel;
import org.oa.core.submission.SubmissionFile;
import org.oa.core.submission.SubmissionFileStatus;
import org.oa.edi.claims.ClaimFileWriter;
import org.oa.edi.claims.CoreClaims;
import org.oa.edi.document.ClaimAcknowledgment;
import org.oa.edi.document.ImplementationAcknowledgment;
import org.oa.edi.document.InterchangeAcknowledgment;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.document.X12Document;
import org.oa.edi.validation.X12Validator;

class ClaimFileIntakeTest {

    private static final Instant NOW = CoreClaims.CLOCK.instant();
    private final ClaimFileIntake intake = new ClaimFileIntake(new ClaimIntake(FrontEndEdits.standard(),
            (practice, number) -> null), "OA CLEARINGHOUSE", "OACLEARING");

    private static String file837(List<Claim> claims, long control) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ClaimFileWriter.forPayers(CoreClaims.PAYERS).write(claims, CoreClaims.envelope(control), out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private ClaimFileIntake.Result take(String content) {
        SubmissionFile file = SubmissionFile.received(CoreClaims.PRACTICE, "batch.837", SubmissionChannel.UPLOAD, NOW,
                content.length());
        return intake.take(file, new ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1)),
                CoreClaims.editContext(), NOW, 41);
    }

    private static List<TransactionDocument> transactions(byte[] x12) {
        X12Document doc = X12Validator.newValidator().read(new ByteArrayInputStream(x12));
        return doc.interchanges().stream().flatMap(i -> i.groups().stream())
                .flatMap(g -> g.transactions().stream()).toList();
    }

    private static Claim goodClaim(String pcn) {
        return CoreClaims.professional().id(ClaimId.random()).patientControlNumber(pcn).build();
    }

    private static Claim badProcedureClaim(String pcn) {
        Claim good = goodClaim(pcn);
        ServiceLine first = good.serviceLines().get(0);
        return good.toBuilder().serviceLines(List.of(first.toBuilder().procedureCode("9921").build(),
                good.serviceLines().get(1))).build();
    }

    @Test
    void acceptsGoodClaimsRejectsBadOnesAndAcknowledgesEachClaimAccordingly() {
        ClaimFileIntake.Result result = take(file837(List.of(goodClaim("PCN-1"), badProcedureClaim("PCN-2")), 7));

        ClaimIntake.IntakeResult taken = result.intake();
        assertThat(taken.file().status()).isEqualTo(SubmissionFileStatus.PROCESSED);
        assertThat(taken.claims()).extracting(c -> c.lifecycle().status())
                .containsExactly(ClaimStatus.ACCEPTED, ClaimStatus.REJECTED);
        FileSummaryReport report = taken.report();
        assertThat(report.acceptedCount()).isEqualTo(1);
        assertThat(report.rejectedCount()).isEqualTo(1);
        assertThat(report.claims().get(1).failures()).extracting(f -> f.code() + " " + f.fieldPath())
                .contains("PROCEDURE_CODE claim.serviceLines[0].procedureCode");
        assertThat(result.interchanges()).containsExactly(new ClaimFileIntake.InterchangeKey("OACLEARING",
                "000000007"));
        assertThat(result.ta1()).isEmpty();

        List<TransactionDocument> ack999 = transactions(result.ack999());
        assertThat(ack999).singleElement().isInstanceOfSatisfying(ImplementationAcknowledgment.class, a ->
                assertThat(a.toString()).doesNotContain("PCN-"));
        String text999 = new String(result.ack999(), StandardCharsets.ISO_8859_1);
        assertThat(text999).contains("IK5*E").contains("AK9*E*1*1*1");
        assertThat(X12Validator.newValidator().validate(new ByteArrayInputStream(result.ack999())).accepted())
                .isTrue();

        List<TransactionDocument> ack277 = transactions(result.ack277ca());
        assertThat(ack277).singleElement().isInstanceOfSatisfying(ClaimAcknowledgment.class, a -> {
            assertThat(a.claims()).extracting(ClaimAcknowledgment.ClaimStatus::patientControlNumber)
                    .containsExactly("PCN-1", "PCN-2");
            assertThat(a.claims().get(0).statusCodes()).anySatisfy(s -> assertThat(s).startsWith("A1:20"));
            assertThat(a.claims().get(1).statusCodes()).anySatisfy(s -> assertThat(s).startsWith("A7:454"));
        });
        assertThat(X12Validator.newValidator().validate(new ByteArrayInputStream(result.ack277ca())).accepted())
                .isTrue();
    }

    @Test
    void failsAFileThatIsNotX12AndCreatesNoClaimsAndNoAcknowledgments() {
        ClaimFileIntake.Result result = take("PATIENT,CHARGE\nSAMPLE,100.00\n");

        assertThat(result.intake().file().status()).isEqualTo(SubmissionFileStatus.FAILED);
        assertThat(result.intake().file().failureReason()).contains("not an X12 file");
        assertThat(result.intake().claims()).isEmpty();
        assertThat(result.ack999()).isEmpty();
        assertThat(result.ta1()).isEmpty();
        assertThat(result.ack277ca()).isEmpty();
    }

    @Test
    void failsAFileWithABrokenEnvelopeAndAnswersWithATa1() {
        String good = file837(List.of(goodClaim("PCN-1")), 8);
        String broken = good.replace("IEA*1*000000008", "IEA*1*000000009");

        ClaimFileIntake.Result result = take(broken);

        assertThat(result.intake().file().status()).isEqualTo(SubmissionFileStatus.FAILED);
        assertThat(result.intake().file().failureReason()).contains("TA1 note code 001");
        assertThat(result.intake().claims()).isEmpty();
        assertThat(result.ack999()).isEmpty();
        X12Document ta1 = X12Validator.newValidator().read(new ByteArrayInputStream(result.ta1()));
        assertThat(ta1.interchanges()).singleElement().satisfies(i -> assertThat(i.acknowledgments())
                .extracting(InterchangeAcknowledgment::noteCode).containsExactly("001"));
    }

    @Test
    void listsTheClaimsOfARejectedTransactionSetAsNotReadAndStoresNone() {
        String good = file837(List.of(goodClaim("PCN-1"), goodClaim("PCN-2")), 9);
        // An SE that miscounts the segments rejects the whole transaction set in the 999.
        String broken = good.replaceFirst("SE\\*(\\d+)\\*", "SE*999*");

        ClaimFileIntake.Result result = take(broken);

        assertThat(result.intake().file().status()).isEqualTo(SubmissionFileStatus.PROCESSED);
        assertThat(result.intake().claims()).isEmpty();
        FileSummaryReport report = result.intake().report();
        assertThat(report.claims()).hasSize(2).allSatisfy(o -> {
            assertThat(o.stored()).isFalse();
            assertThat(o.failures()).extracting(f -> f.code()).contains("TRANSACTION_SET_REJECTED");
        });
        assertThat(new String(result.ack999(), StandardCharsets.ISO_8859_1)).contains("IK5*R");
    }

    @Test
    void rejectsButStoresAClaimWhoseOnlyProblemIsAnEngineEditCoreDoesNotMake() {
        Claim late = CoreClaims.professional().id(ClaimId.random()).patientControlNumber("PCN-LATE").build();
        String x12 = file837(List.of(late), 10);
        // The file says it was created before the date of service: the engine's own edit rejects the claim.
        String early = x12.replaceFirst("BHT\\*0019\\*00\\*([^*]*)\\*20261102", "BHT*0019*00*$1*20261001");

        ClaimFileIntake.Result result = take(early);

        assertThat(result.intake().claims()).singleElement().satisfies(c -> {
            assertThat(c.lifecycle().status()).isEqualTo(ClaimStatus.REJECTED);
            assertThat(c.failures()).extracting(f -> f.code()).hasSize(2).containsOnly("SERVICE_DATE_AFTER_SUBMISSION");
        });
    }
}
