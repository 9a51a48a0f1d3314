package org.oa.edi.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimFrequency;
import org.oa.core.edit.FrontEndEdits;
import org.oa.core.identifier.PayerId;
import org.oa.edi.validation.ValidationReport;
import org.oa.edi.validation.X12Validator;

class ClaimFileWriterTest {

    private static final ClaimFileWriter WRITER = ClaimFileWriter.forPayers(CoreClaims.PAYERS);

    private static String write(List<Claim> claims, long control) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WRITER.write(claims, CoreClaims.envelope(control), out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    private static List<String> segments(String x12) {
        List<String> out = new ArrayList<>();
        for (String s : x12.split("~\n?")) {
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    @Test
    void writesProfessionalAndInstitutionalGroupsInOneInterchangeWithTheClearinghouseAsSubmitter() {
        Claim professional = CoreClaims.professional().build();
        Claim institutional = CoreClaims.institutional().build();

        List<String> s = segments(write(List.of(professional, institutional), 42));

        assertThat(s.get(0)).startsWith("ISA*00*          *00*          *ZZ*OACLEARING     *ZZ*SIM01          "
                + "*261102*0930*^*00501*000000042*0*T*:");
        assertThat(s).contains("GS*HC*OACLEARING*SIM01*20261102*0930*42*X*005010X222A1",
                "GS*HC*OACLEARING*SIM01*20261102*0930*43*X*005010X223A2", "ST*837*0001*005010X222A1",
                "ST*837*0001*005010X223A2", "BHT*0019*00*OA42*20261102*0930*CH",
                "NM1*41*2*OA CLEARINGHOUSE*****46*OACLEARING", "PER*IC*EDI SUPPORT*TE*8005550100",
                "NM1*40*2*OA Simulated Health Plan*****46*SIM01", "GE*1*42", "GE*1*43", "IEA*2*000000042");
        // 837P: billing provider, subscriber who is the patient, the claim under HL 22.
        assertThat(s).containsSubsequence("HL*1**20*1", "PRV*BI*PXC*207Q00000X",
                "NM1*85*2*SUNRISE FAMILY MEDICINE*****XX*1234567893", "N3*100 MAIN STREET*SUITE 2",
                "N4*COLUMBUS*OH*432151234", "REF*EI*123456789", "PER*IC**TE*6145550100", "HL*2*1*22*0",
                "SBR*P*18*GRP100******CI", "NM1*IL*1*SAMPLE*ALEX****MI*XQZ123456789", "DMG*D8*19800314*F",
                "NM1*PR*2*OA Simulated Health Plan*****PI*SIM01", "CLM*PCN-1001*200***11:B:1*Y*A*Y*Y",
                "HI*ABK:E119*ABF:I10", "NM1*82*1******XX*1245319599", "LX*1", "SV1*HC:99213:25*150*UN*1***1:2",
                "DTP*472*D8*20261015", "REF*6R*L1", "LX*2", "SV1*HC:J1885*50*UN*2***1", "DTP*472*D8*20261015",
                "REF*6R*L2", "LIN**N4*00409379601", "SE*32*0001");
        // 837I: the patient is the subscriber's child, so the claim is under HL 23.
        assertThat(s).containsSubsequence("ST*837*0001*005010X223A2", "HL*1**20*1", "HL*2*1*22*1",
                "SBR*P********CI", "HL*3*2*23*0", "PAT*19", "NM1*QC*1*SAMPLE*SAM", "DMG*D8*20120501*M",
                "CLM*UB-2001*700***13:A:1**A*Y*Y", "DTP*434*RD8*20261015-20261016", "CL1***01",
                "HI*ABK:S52501A*ABF:W010XXA", "SV2*0450*HC:99284*500*UN*1", "SV2*0320*HC:73090*200*UN*1",
                "DTP*472*RD8*20261015-20261016");
        for (String st : List.of("005010X222A1", "005010X223A2")) {
            int start = s.indexOf("ST*837*0001*" + st);
            int end = start;
            while (!s.get(end).startsWith("SE*")) {
                end++;
            }
            assertThat(s.get(end)).isEqualTo("SE*" + (end - start + 1) + "*0001");
        }
    }

    @Test
    void writesTheSumOfTheLineChargesAsTheTotalAndAReplacementWithItsOriginalClaimNumber() {
        Claim replacement = CoreClaims.professional().totalCharge("1.00").frequency(ClaimFrequency.REPLACEMENT)
                .originalClaimNumber("PAYER-CLAIM-9").build();

        List<String> s = segments(write(List.of(replacement), 7));

        assertThat(s).containsSubsequence("CLM*PCN-1001*200***11:B:7*Y*A*Y*Y", "REF*F8*PAYER-CLAIM-9",
                "HI*ABK:E119*ABF:I10");
    }

    @Test
    void writtenClaimsPassTheValidatorAndReadBackAsTheSameCoreClaims() {
        Claim professional = CoreClaims.professional().build();
        Claim institutional = CoreClaims.institutional().build();
        String x12 = write(List.of(professional, institutional), 1);

        ValidationReport report = X12Validator.newValidator().validate(
                new ByteArrayInputStream(x12.getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(report.allProblems()).isEmpty();
        assertThat(report.accepted()).isTrue();

        List<Claim> read = new ArrayList<>();
        for (var tx : ClaimMapping.claimTransactions(X12Validator.newValidator().read(
                new ByteArrayInputStream(x12.getBytes(StandardCharsets.ISO_8859_1))))) {
            for (MappedClaim m : ClaimMapping.toCore(tx, MappingContext.forPractice(CoreClaims.PRACTICE))) {
                assertThat(m.problems()).isEmpty();
                read.add(CoreClaims.content(m.claim()));
            }
        }
        assertThat(read).containsExactly(professional, institutional);
        assertThat(read).allSatisfy(c -> assertThat(FrontEndEdits.standard().run(c, CoreClaims.editContext()))
                .isEmpty());
    }

    @Test
    void batchesClaimsPerPayerInFirstSeenOrder() {
        Claim a = CoreClaims.professional().build();
        Claim b = CoreClaims.professional().payerId(PayerId.of("GRN01")).build();
        Claim c = CoreClaims.institutional().build();

        Map<PayerId, List<Claim>> batches = ClaimFileWriter.byPayer(List.of(a, b, c));

        assertThat(batches.keySet()).containsExactly(PayerId.of("SIM01"), PayerId.of("GRN01"));
        assertThat(batches.get(PayerId.of("SIM01"))).containsExactly(a, c);
    }

    @Test
    void refusesClaimsForTwoPayersOrWithDelimitersInTheirDataBeforeWritingAnything() {
        Claim a = CoreClaims.professional().build();
        Claim other = CoreClaims.professional().payerId(PayerId.of("GRN01")).build();
        Claim star = CoreClaims.professional().patientControlNumber("PCN*1").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> WRITER.write(List.of(a, other), CoreClaims.envelope(1), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one payer");
        assertThatThrownBy(() -> WRITER.write(List.of(a, star), CoreClaims.envelope(1), out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("PCN");
        assertThat(out.size()).isZero();
    }
}
