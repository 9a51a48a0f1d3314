package org.oa.security.internal.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.oa.security.login.PasswordVerificationListener;
import org.oa.security.password.Argon2Parameters;

/**
 * Our argon2id against the reference implementation, Debian's {@code argon2} command, both ways: a hash it makes
 * verifies here, and a hash stored here is the one it computes for the same password, salt and cost.
 */
class Argon2InteropTest {

    private static final Path ARGON2 = Path.of("/usr/bin/argon2");
    private static final String PASSWORD = "Correct-Horse#Battery9 ";
    private static final String SALT = "oa-interop-salt!";

    @Test
    void hashMadeByTheReferenceCommandVerifiesHere() throws Exception {
        String reference = referenceHash(PASSWORD, SALT);
        assertThat(reference).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        // Same algorithm, parameters, salt and hash; only Shiro's envelope differs.
        String[] parts = reference.split("\\$");
        String shiro = "$shiro2$argon2id$v=19$t=2,m=19456,p=1$" + parts[4] + "$" + parts[5];

        PasswordHasher hasher = new PasswordHasher(Argon2Parameters.owasp(), PasswordVerificationListener.NONE);
        assertThat(hasher.verify(PASSWORD.toCharArray(), shiro)).isTrue();
        assertThat(hasher.verify(PASSWORD.strip().toCharArray(), shiro)).as("the trailing space counts").isFalse();
    }

    @Test
    void hashStoredHereIsTheOneTheReferenceCommandComputes() throws Exception {
        PasswordHasher hasher = new PasswordHasher(Argon2Parameters.owasp(), PasswordVerificationListener.NONE);
        // The salt is random bytes and goes to the command through the shell's printf; bytes a shell argument
        // cannot carry (NUL, a trailing newline) would need another salt.
        for (int attempt = 0; attempt < 20; attempt++) {
            String stored = hasher.hash(PASSWORD.toCharArray());
            assertThat(stored).startsWith("$shiro2$argon2id$v=19$t=2,m=19456,p=1$");
            String[] ours = stored.split("\\$");
            byte[] salt = Base64.getDecoder().decode(ours[5]);
            if (indexOf(salt, (byte) 0) >= 0 || salt[salt.length - 1] == '\n') {
                continue;
            }
            StringBuilder printf = new StringBuilder();
            for (byte b : salt) {
                printf.append(String.format("\\%03o", b & 0xff));
            }
            String reference = run(PASSWORD, List.of("/bin/sh", "-c",
                    "exec " + ARGON2 + " \"$(printf \"$OA_SALT\")\" -id -t 2 -k 19456 -p 1 -l 32 -e"),
                    printf.toString());
            String[] theirs = reference.split("\\$");
            assertThat(theirs[4]).as("same salt").isEqualTo(ours[5].replace("=", ""));
            assertThat(theirs[5]).as("same hash").isEqualTo(ours[6].replace("=", ""));
            return;
        }
        throw new AssertionError("no usable salt in 20 hashes");
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }

    /** Runs {@code argon2 SALT -id -t 2 -k 19456 -p 1 -l 32 -e} with the password on standard input. */
    private static String referenceHash(String password, String salt) throws IOException, InterruptedException {
        return run(password, List.of(ARGON2.toString(), salt, "-id", "-t", "2", "-k", "19456", "-p", "1", "-l", "32",
                "-e"), null);
    }

    private static String run(String password, List<String> command, String saltEscapes)
            throws IOException, InterruptedException {
        boolean present = Files.isExecutable(ARGON2);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but /usr/bin/argon2 is missing (apt-get install argon2)");
        }
        Assumptions.assumeTrue(present, "argon2 command not installed (apt-get install argon2)");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (saltEscapes != null) {
            builder.environment().put("OA_SALT", saltEscapes);
        }
        Process process = builder.start();
        process.getOutputStream().write(password.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("argon2 did not finish");
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
