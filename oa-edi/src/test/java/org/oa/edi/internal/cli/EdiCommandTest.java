package org.oa.edi.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oa.edi.X12Samples;

class EdiCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EdiCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.ISO_8859_1);
    }

    @Test
    void exitsZeroAndWritesA999WhenEveryFileIsAccepted() throws IOException {
        Path f = file("good.837", X12Samples.professional());
        Path acks = dir.resolve("acks");
        assertThat(run("validate", "--ack-dir", acks.toString(), f.toString())).isZero();
        assertThat(output()).contains("RESULT: accepted", "1 accepted, 0 rejected");
        assertThat(Files.readString(acks.resolve("good.837.999"))).contains("AK9*A*1*1*1~");
        assertThat(acks.resolve("good.837.ta1")).doesNotExist();
    }

    @Test
    void exitsOneAndPrintsLocatedProblemsWhenAFileHasErrors() throws IOException {
        Path good = file("good.837", X12Samples.professional());
        Path bad = file("bad.837", X12Samples.professionalReplacing("CLM*", "CLM*PCN001*175***11:B:1*Y*A*Y*Y"));
        assertThat(run("validate", good.toString(), bad.toString())).isEqualTo(1);
        assertThat(output()).contains("CHARGE_BALANCE at segment 18 of transaction (file segment 20) CLM02 in loop "
                + "2300 [claim PCN001]", "claim PCN001: rejected", "RESULT: has errors");
    }

    @Test
    void writesTa1WhenTheEnvelopeIsBroken() throws IOException {
        Path f = file("env.837", X12Samples.professional().replace("IEA*1*000000001", "IEA*1*000000002"));
        Path acks = dir.resolve("acks");
        assertThat(run("validate", "--ack-dir", acks.toString(), f.toString())).isEqualTo(1);
        assertThat(Files.readString(acks.resolve("env.837.ta1"))).contains("*R*001~");
    }

    @Test
    void exitsTwoWhenAFileIsNotX12() throws IOException {
        Path f = file("photo.jpg", "\u00FF\u00D8\u00FF\u00E0 not edi at all");
        Path good = file("good.837", X12Samples.professional());
        assertThat(run("validate", good.toString(), f.toString())).isEqualTo(2);
        assertThat(output()).contains("RESULT: not an X12 file");
    }

    @Test
    void exitsTwoWhenAFileIsMissing() {
        assertThat(run("validate", dir.resolve("nope.837").toString())).isEqualTo(2);
    }

    @Test
    void printsTheTypedDocumentAsJson() throws IOException {
        Path f = file("good.837", X12Samples.professional());
        assertThat(run("json", f.toString())).isZero();
        assertThat(output()).contains("\"claimType\": \"PROFESSIONAL\"", "\"patientControlNumber\": \"PCN001\"",
                "\"totalCharge\": 150", "\"procedureCode\": \"99213\"", "\"diagnosisPointers\": [");
    }

    @Test
    void printsUsageForUnknownCommands() {
        assertThat(run("frobnicate")).isEqualTo(EdiCommand.USAGE);
        assertThat(run()).isEqualTo(EdiCommand.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }
}
