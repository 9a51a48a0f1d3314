package org.oa.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Debian's oathtool as an independent authenticator app: computes the TOTP code of a base32 secret. */
final class Oathtool {

    static final Path OATHTOOL = Path.of("/usr/bin/oathtool");

    private Oathtool() {
    }

    /** The current six-digit TOTP code (RFC 6238, SHA-1, 30 s) of {@code base32Secret}. */
    static String totp(String base32Secret) throws IOException, InterruptedException {
        boolean present = Files.isExecutable(OATHTOOL);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but /usr/bin/oathtool is missing (apt-get install oathtool)");
        }
        Assumptions.assumeTrue(present, "oathtool not installed (apt-get install oathtool)");
        Process process = new ProcessBuilder(OATHTOOL.toString(), "--totp", "--base32", base32Secret)
                .redirectErrorStream(true).start();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("oathtool did not answer");
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        if (process.exitValue() != 0 || !out.matches("[0-9]{6}")) {
            throw new IllegalStateException("oathtool failed: " + out);
        }
        return out;
    }
}
