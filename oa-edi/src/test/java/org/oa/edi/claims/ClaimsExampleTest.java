package org.oa.edi.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oa.core.claim.Claim;
import org.oa.core.edit.ClaimHistory;
import org.oa.core.edit.EditContext;
import org.oa.core.edit.FrontEndEdits;
import org.oa.core.payer.Enrollments;
import org.oa.core.payer.PayerList;
import org.oa.edi.X12Samples;
import org.oa.edi.document.ClaimTransaction;
import org.oa.edi.document.X12Document;
import org.oa.edi.validation.X12Validator;

/** How the clearinghouse uses the claims API: read a practice's 837, edit its claims, batch them per payer. */
class ClaimsExampleTest {

    @TempDir
    Path dir;

    @Test
    void readsMapsEditsAndBatchesAcceptedClaimsPerPayerIntoNewInterchanges() throws IOException {
        // A practice's file with two claims: one for SIM01 (passes every edit), one for an unknown payer.
        List<String> body = X12Samples.professionalBody();
        body.replaceAll(s -> s.replace("PAYER1", "SIM01"));
        body.addAll(List.of("HL*3*1*22*0", "SBR*P*18*******CI", "NM1*IL*1*ROE*RICHARD****MI*MEMBER02",
                "DMG*D8*19700202*M", "NM1*PR*2*NOBODY*****PI*NOSUCHPAYER", "CLM*PCN002*80***11:B:1*Y*A*Y*Y",
                "HI*ABK:I10", "LX*1", "SV1*HC:99212*80*UN*1***1", "DTP*472*D8*20261020"));
        Path in837 = Files.writeString(dir.resolve("practice.837"), X12Samples.interchange("837", "005010X222A1",
                body), java.nio.charset.StandardCharsets.ISO_8859_1);

        X12Document doc;
        try (InputStream in = Files.newInputStream(in837)) {
            doc = X12Validator.newValidator().read(in);
        }
        MappingContext mapping = MappingContext.forPractice(CoreClaims.PRACTICE);
        EditContext edits = new EditContext(CoreClaims.CLOCK, PayerList.bundled(), Enrollments.none(),
                ClaimHistory.none());
        List<Claim> accepted = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        for (ClaimTransaction tx : ClaimMapping.claimTransactions(doc)) {
            for (MappedClaim m : ClaimMapping.toCore(tx, mapping)) {
                if (m.coreClaim().filter(c -> !FrontEndEdits.rejects(FrontEndEdits.standard().run(c, edits)))
                        .isPresent()) {
                    accepted.add(m.claim());
                } else {
                    rejected.add(m.patientControlNumber());
                }
            }
        }
        ClaimFileWriter writer = ClaimFileWriter.forPayers(PayerList.bundled());
        var submitter = new ClaimFileWriter.Submitter("OA CLEARINGHOUSE", "OACLEARING", "EDI SUPPORT", "8005550100");
        long control = 1;
        List<Path> written = new ArrayList<>();
        for (List<Claim> batch : ClaimFileWriter.byPayer(accepted).values()) {
            Path out837 = dir.resolve("batch-" + control + ".837");
            try (OutputStream out = Files.newOutputStream(out837)) {
                writer.write(batch, new ClaimFileWriter.Envelope(submitter, "", control, control,
                        LocalDateTime.of(2026, 11, 2, 8, 0), true), out);
            }
            written.add(out837);
            control++;
        }

        assertThat(rejected).containsExactly("PCN002");
        assertThat(written).hasSize(1);
        try (InputStream in = Files.newInputStream(written.get(0))) {
            assertThat(X12Validator.newValidator().validate(in).accepted()).isTrue();
        }
        assertThat(Files.readString(written.get(0))).contains("NM1*41*2*OA CLEARINGHOUSE*****46*OACLEARING~",
                "CLM*PCN001*150***11:B:1*Y*A*Y*Y~");
    }
}
