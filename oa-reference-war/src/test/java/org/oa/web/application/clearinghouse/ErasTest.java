package org.oa.web.application.clearinghouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.oa.web.infrastructure.payer.SyntheticClaims.claimFile;
import static org.oa.web.infrastructure.payer.SyntheticClaims.line;
import static org.oa.web.infrastructure.payer.SyntheticClaims.officeVisit;
import static org.oa.web.infrastructure.payer.SyntheticClaims.professional;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oa.core.practice.PracticeId;
import org.oa.web.infrastructure.payer.SimulatedPayer;
import org.oa.web.infrastructure.payer.SyntheticClaims;
import org.oa.web.application.payer.PayerExchange;

class ErasTest {

    private static final LocalDate PAY_DAY = LocalDate.of(2026, 11, 20);
    private static final PracticeId PRACTICE = SyntheticClaims.PRACTICE;
    private static final PracticeId OTHER = new PracticeId(UUID.fromString("00000000-0000-0000-0000-00000000b002"));
    private static final String BATCH = "11111111-2222-3333-4444-555555555555";
    private static final String OTHER_BATCH = "66666666-2222-3333-4444-555555555555";
    private static final String UNPAID_BATCH = "77777777-2222-3333-4444-555555555555";

    @TempDir
    Path dataDir;

    private Eras eras;

    @BeforeEach
    void payerBatches() throws IOException {
        byte[] claims = claimFile(42, officeVisit(1, "PCN-1001", "XQZ100000001"),
                professional(3, "PCN-1003", "XQZ100000003", line("L1", "99213", "33.33")),
                professional(4, "PCN-1004", "XQZ100000004", line("L1", "99214", "100.00"),
                        line("L2", "97110", "40.00", SimulatedPayer.STATUTORY_EXCLUSION_MODIFIER)));
        batch(BATCH, PRACTICE, claims, 77, true);
        batch(OTHER_BATCH, OTHER, claimFile(43, officeVisit(2, "PCN-2001", "XQZ100000002")), 78, true);
        batch(UNPAID_BATCH, PRACTICE, claimFile(44, officeVisit(5, "PCN-3001", "XQZ100000005")), 79, false);
        eras = new Eras(() -> dataDir);
    }

    /** A batch folder as PayerExchange leaves it; {@code remitted} false: the 835 is not finished yet. */
    private void batch(String id, PracticeId practice, byte[] claims, long control, boolean remitted)
            throws IOException {
        Path folder = Files.createDirectories(dataDir.resolve("payers").resolve(SimulatedPayer.PAYER_ID).resolve(id));
        Properties meta = new Properties();
        meta.setProperty("practice", practice.toString());
        meta.setProperty("payer", SimulatedPayer.PAYER_ID);
        meta.setProperty("control", Long.toString(control));
        try (Writer w = Files.newBufferedWriter(folder.resolve("meta.properties"), StandardCharsets.UTF_8)) {
            meta.store(w, "OA payer batch");
        }
        Files.write(folder.resolve("claims.837"), claims);
        Files.write(folder.resolve("payer.835"), new SimulatedPayer().remit(claims, PAY_DAY, control));
        if (remitted) {
            Files.createFile(folder.resolve(".remitted"));
        }
    }

    @Test
    void listsOnlyThePracticesRemittedEras() {
        List<Eras.Era> list = eras.list(PRACTICE);

        assertThat(list).hasSize(1);
        Eras.Era era = list.get(0);
        assertThat(era.id()).isEqualTo(BATCH);
        assertThat(era.payerId()).isEqualTo("SIM01");
        assertThat(era.payerName()).isEqualTo(SimulatedPayer.PAYER_NAME);
        assertThat(era.paymentDate()).isEqualTo(PAY_DAY);
        assertThat(era.traceNumber()).isEqualTo("SIM000000077-0001");
        // 128.00 (office visit) + 21.33 (33.33 charge) + 64.00 (100.00 paid, 40.00 GY line denied)
        assertThat(era.totalPaid()).isEqualTo(new BigDecimal("213.33"));
        assertThat(era.claims()).isEqualTo(3);
        assertThat(era.fileName()).isEqualTo(BATCH + "_ERA_835_5010_20261120.835");
        assertThat(eras.list(OTHER)).extracting(Eras.Era::id).containsExactly(OTHER_BATCH);
    }

    @Test
    void explainsEveryClaimLineAndAdjustment() {
        Eras.Eob eob = eras.eob(PRACTICE, BATCH).orElseThrow();

        assertThat(eob.balanced()).isTrue();
        assertThat(eob.payments()).hasSize(1);
        Eras.Payment payment = eob.payments().get(0);
        assertThat(payment.totalPaid()).isEqualTo(new BigDecimal("213.33"));
        assertThat(payment.paymentMethod()).isEqualTo("CHK");
        assertThat(payment.payeeName()).isEqualTo("SUNRISE FAMILY MEDICINE");
        assertThat(payment.claims()).extracting(Eras.EobClaim::patientControlNumber, Eras.EobClaim::statusCode,
                Eras.EobClaim::status, Eras.EobClaim::charge, Eras.EobClaim::paid,
                Eras.EobClaim::patientResponsibility, Eras.EobClaim::payerClaimNumber).containsExactly(
                tuple("PCN-1001", "1", "Processed as primary", money("200.00"), money("128.00"), money("32.00"),
                        "SIM0000000420001"),
                tuple("PCN-1003", "1", "Processed as primary", money("33.33"), money("21.33"), money("5.33"),
                        "SIM0000000420002"),
                tuple("PCN-1004", "1", "Processed as primary", money("140.00"), money("64.00"), money("16.00"),
                        "SIM0000000420003"));

        Eras.EobClaim visit = payment.claims().get(0);
        assertThat(visit.lines()).extracting(Eras.EobLine::procedure, Eras.EobLine::charge, Eras.EobLine::paid)
                .containsExactly(tuple("99213-25", money("150.00"), money("96.00")),
                        tuple("J1885", money("50.00"), money("32.00")));
        assertThat(visit.lines().get(0).adjustments()).extracting(Eras.EobAdjustment::code,
                Eras.EobAdjustment::amount, Eras.EobAdjustment::reasonDescription).containsExactly(
                tuple("CO-45", money("30.00"), AdjustmentCodes.bundled().carc("45")),
                tuple("PR-2", money("24.00"), "Coinsurance amount"));
        assertThat(visit.lines().get(0).adjustments().get(1).groupDescription()).startsWith("Patient responsibility");
        // The simulated payer's 835 carries no remark codes.
        assertThat(visit.lines().get(0).remarks()).isEmpty();
        assertThat(visit.adjusted("CO")).isEqualTo(money("40.00"));
        assertThat(visit.adjusted("PR")).isEqualTo(visit.patientResponsibility());
        assertThat(visit.charge().subtract(visit.adjusted("CO")).subtract(visit.adjusted("PR")))
                .isEqualTo(visit.paid());

        Eras.EobLine denied = payment.claims().get(2).lines().get(1);
        assertThat(denied.procedure()).isEqualTo("97110-GY");
        assertThat(denied.paid()).isEqualTo(money("0.00"));
        assertThat(denied.adjustments()).extracting(Eras.EobAdjustment::code, Eras.EobAdjustment::amount,
                Eras.EobAdjustment::reasonDescription).containsExactly(
                tuple("CO-96", money("40.00"), "Non-covered charge(s)"));
        assertThat(payment.claims()).allMatch(Eras.EobClaim::balanced);
    }

    @Test
    void keepsTheClaimNumberOfThePatientOutOfToString() {
        Eras.Eob eob = eras.eob(PRACTICE, BATCH).orElseThrow();

        assertThat(eob.toString()).doesNotContain("PCN-1001").contains("redacted");
    }

    @Test
    void opensNothingOfAnotherPracticeNorAnUnfinishedOrMalformedId() {
        assertThat(eras.eob(PRACTICE, OTHER_BATCH)).isEmpty();
        assertThat(eras.file(PRACTICE, OTHER_BATCH)).isEmpty();
        assertThat(eras.find(PRACTICE, OTHER_BATCH)).isEmpty();
        assertThat(eras.eob(PRACTICE, UNPAID_BATCH)).isEmpty();
        assertThat(eras.eob(PRACTICE, "../SIM01/" + BATCH)).isEmpty();
        assertThat(eras.file(PRACTICE, null)).isEmpty();
        assertThat(eras.file(PRACTICE, BATCH)).hasValueSatisfying(p -> assertThat(p).hasFileName("payer.835"));
    }

    @Test
    void listsNothingWithoutPayerFolders(@TempDir Path empty) {
        assertThat(new Eras(() -> empty).list(PRACTICE)).isEmpty();
    }

    @Test
    void leavesOutAnEraThatCannotBeRead() throws IOException {
        Path folder = dataDir.resolve("payers").resolve("SIM01").resolve(BATCH);
        Files.writeString(folder.resolve("payer.835"), "not an interchange", StandardCharsets.US_ASCII);

        assertThat(eras.list(PRACTICE)).isEmpty();
        assertThat(eras.eob(PRACTICE, BATCH)).isEmpty();
    }

    @Test
    void printsTheEobAsPdf() throws IOException {
        byte[] pdf = eras.pdf(eras.eob(PRACTICE, BATCH).orElseThrow());

        assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("SIM000000077-0001", "PCN-1004", "97110-GY", "CO-96",
                    "Non-covered charge(s)", "213.33", "SIM0000000420003");
        }
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
