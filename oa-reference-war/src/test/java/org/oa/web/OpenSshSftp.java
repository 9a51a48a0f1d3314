package org.oa.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Debian's OpenSSH sftp client, given a password through sshpass: a real SFTP client for the tests. */
final class OpenSshSftp {

    static final Path SFTP = Path.of("/usr/bin/sftp");
    static final Path SSHPASS = Path.of("/usr/bin/sshpass");

    /** What a batch run printed and how it ended. */
    record Run(int exitCode, String output) {
    }

    private OpenSshSftp() {
    }

    /** Runs sftp batch commands as {@code user} with {@code password} against 127.0.0.1:{@code port}. */
    static Run batch(int port, String user, String password, String... commands)
            throws IOException, InterruptedException {
        boolean present = Files.isExecutable(SFTP) && Files.isExecutable(SSHPASS);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but sftp/sshpass are missing (apt-get install openssh-client sshpass)");
        }
        Assumptions.assumeTrue(present, "sftp and sshpass not installed (apt-get install openssh-client sshpass)");
        Path batchFile = Files.createTempFile("oa-sftp-", ".batch");
        Files.writeString(batchFile, String.join("\n", commands) + "\n");
        List<String> command = new ArrayList<>(List.of(SSHPASS.toString(), "-e", SFTP.toString(),
                "-oBatchMode=no", "-oStrictHostKeyChecking=no", "-oUserKnownHostsFile=/dev/null",
                "-oPubkeyAuthentication=no", "-oPreferredAuthentications=password", "-oNumberOfPasswordPrompts=1",
                "-oConnectTimeout=20", "-P", Integer.toString(port), "-b", batchFile.toString(), user + "@127.0.0.1"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SSHPASS", password);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("sftp did not finish within 60 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Files.deleteIfExists(batchFile);
        return new Run(process.exitValue(), output);
    }
}
