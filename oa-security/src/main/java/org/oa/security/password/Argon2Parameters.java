package org.oa.security.password;

/**
 * Cost settings for argon2id password hashes. Hashes made with other settings still verify and are rehashed
 * at the next successful sign-in.
 *
 * @param memoryKiB   memory per hash in KiB (OWASP minimum 19456 = 19 MiB)
 * @param iterations  passes over memory (OWASP minimum 2 at 19 MiB)
 * @param parallelism lanes (OWASP: 1)
 */
public record Argon2Parameters(int memoryKiB, int iterations, int parallelism) {

    /** Validates the ranges argon2 accepts. */
    public Argon2Parameters {
        if (parallelism < 1 || parallelism > 64) {
            throw new IllegalArgumentException("parallelism must be 1..64");
        }
        if (memoryKiB < 8 * parallelism) {
            throw new IllegalArgumentException("memoryKiB must be at least 8 x parallelism");
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1");
        }
    }

    /** @return OWASP's recommended minimum, the default: m=19456 KiB, t=2, p=1 (about 0.1-0.3 s here) */
    public static Argon2Parameters owasp() {
        return new Argon2Parameters(19_456, 2, 1);
    }

    /** @return {@code true} when these settings are at least as costly as {@link #owasp()} */
    public boolean meetsOwaspMinimum() {
        return memoryKiB >= 19_456 && iterations >= 2;
    }
}
