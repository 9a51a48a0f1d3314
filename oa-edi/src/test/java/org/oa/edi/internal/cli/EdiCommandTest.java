package org.oa.edi.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oa.edi.X12Samples;

class EdiCommandTest {

    /** The front-end edits run "today" = a fixed date after the samples' service dates. */
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 2).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    /** The sample 837P sent to a payer on the bundled payer list, so that every front-end edit passes. */
    private static String acceptedProfessional() {
        return X12Samples.professional().replace("PAYER1", "SIM01");
    }

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return EdiCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.ISO_8859_1);
    }

    @Test
    void exitsZeroAndWritesA999WhenEveryFileIsAccepted() throws IOException {
        Path f = file("good.837", acceptedProfessional());
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
    void runsTheFrontEndEditsOnEveryClaimAndRejectsAClaimThatFailsOne() throws IOException {
        Path f = file("unknown-payer.837", X12Samples.professional());
        Path acks = dir.resolve("acks");

        assertThat(run("validate", "--ack-dir", acks.toString(), f.toString())).isEqualTo(1);

        assertThat(output()).contains("claim PCN001: rejected",
                "ERROR edit PAYER_KNOWN at claim.payerId: The payer ID is not on the payer list.",
                "accepted with errors (E)", "0 of 1 claim(s) accepted", "Claims: 0 accepted, 1 rejected",
                "RESULT: has errors");
        assertThat(Files.readString(acks.resolve("unknown-payer.837.999"))).contains("IK5*E~", "AK9*E*1*1*1~");
        assertThat(Files.readString(acks.resolve("unknown-payer.837.277"))).contains("STC*A7:21*");
    }

    @Test
    void printsEditWarningsNextToAnAcceptedClaim() throws IOException {
        Path f = file("old.837", acceptedProfessional().replace("DMG*D8*19800101*F", "DMG*D8*18800101*F"));

        assertThat(run("validate", f.toString())).isZero();

        assertThat(output()).contains("claim PCN001: accepted",
                "WARNING edit PATIENT_BIRTH_DATE_IMPLAUSIBLE at claim.patient.birthDate", "1 accepted, 0 rejected",
                "RESULT: accepted");
    }

    @Test
    void rejectsAClaimThatCannotBeMappedAndSaysWhere() throws IOException {
        Path f = file("sbr.837", acceptedProfessional().replace("SBR*P*18", "SBR*U*18"));

        assertThat(run("validate", f.toString())).isEqualTo(1);

        assertThat(output()).contains("claim PCN001: rejected", "ERROR mapping PAYER_RESPONSIBILITY_UNSUPPORTED at "
                + "SBR01 in loop 2000B of the claim at segment 18 (file segment 20)");
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
