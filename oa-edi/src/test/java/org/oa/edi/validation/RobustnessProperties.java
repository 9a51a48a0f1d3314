package org.oa.edi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.oa.edi.X12Samples;
import org.oa.edi.document.X12Document;
import org.oa.edi.stream.X12InputFactory;

/**
 * Any byte sequence gives a report, never an exception: random bytes (2000 tries), valid files cut anywhere
 * (1000), valid files with random bytes overwritten (2000) and random segment soup (1000).
 */
class RobustnessProperties {

    private static final X12Validator VALIDATOR = X12Validator.newValidator()
            .withInputFactory(X12InputFactory.newFactory().withMaxSegmentLength(512));

    private static ValidationReport validate(byte[] bytes) {
        ValidationReport report = VALIDATOR.validate(new ByteArrayInputStream(bytes));
        X12Document doc = VALIDATOR.read(new ByteArrayInputStream(bytes));
        assertThat(doc).isNotNull();
        assertThat(report).isNotNull();
        report.allProblems().forEach(p -> assertThat(p.message()).isNotBlank());
        return report;
    }

    @Property(tries = 2000)
    void randomBytesNeverThrow(@ForAll @Size(max = 600) byte[] bytes) {
        validate(bytes);
    }

    @Property(tries = 1000)
    void truncatedFilesAreReportedNotThrown(@ForAll @IntRange(min = 0, max = 2000) int cut) {
        byte[] full = X12Samples.bytes(X12Samples.professional() + X12Samples.remittance());
        byte[] part = java.util.Arrays.copyOf(full, Math.min(cut, full.length));
        ValidationReport report = validate(part);
        boolean endsAtInterchange = new String(part, StandardCharsets.ISO_8859_1).strip().endsWith("IEA*1*000000001~");
        if (part.length > 0 && !endsAtInterchange) {
            assertThat(report.accepted()).isFalse();
        }
    }

    @Property(tries = 2000)
    void corruptedFilesAreReportedNotThrown(@ForAll("positions") java.util.List<Integer> positions,
            @ForAll @Size(min = 1, max = 8) java.util.List<Byte> values) {
        byte[] bytes = X12Samples.bytes(X12Samples.professional() + X12Samples.institutional()
                + X12Samples.remittance());
        for (int i = 0; i < positions.size() && i < values.size(); i++) {
            bytes[positions.get(i) % bytes.length] = values.get(i);
        }
        validate(bytes);
    }

    @Provide
    Arbitrary<java.util.List<Integer>> positions() {
        return Arbitraries.integers().between(0, 100_000).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 1000)
    void segmentSoupIsReportedNotThrown(@ForAll("soup") String body) {
        String file = X12Samples.isa("000000001") + "GS*HC*A*B*20261101*1200*1*X*005010X222A1~ST*837*0001*"
                + "005010X222A1~" + body;
        validate(file.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Provide
    Arbitrary<String> soup() {
        Arbitrary<String> segment = Arbitraries.of("HL*1**20*1", "HL*2*1*22*0", "HL*3*2*23*0", "HL*2*9*22",
                "CLM*A*10***11:B:1*Y*A*Y*Y", "CLM*B*X", "LX*1", "LX*x", "SV1*HC:99213*10*UN*1***1", "SV1*::::*",
                "SV2*0300*HC:1*10*UN*1", "HI*ABK:J020", "HI*:::", "DTP*472*RD8*20260101-", "DTP*434*D8*2026",
                "NM1*85*2*X*****XX*1234567893", "NM1*IL", "N4*A*B*C", "SE*3*0001", "ST*835*0002", "CLP*A*1*1*1",
                "SVC*HC:1*1*1", "CAS*CO*45*1*1*2*3", "PLB*1*20260101*WO*1", "BPR*I*1", "GE*1*1", "GS*HP",
                "IEA*1*000000001", "ISA*00", "TA1*1", "~", "*", "BHT", "AK2*837*1", "IK5*R", "AK9*R*1*1*0",
                "ST*999*0003", "ST*277*0004", "TRN*2*X", "STC*A1:20", "SBR*P");
        return segment.list().ofMaxSize(40).map(l -> String.join("~", l) + "~");
    }
}
