package org.oa.security.internal.credential;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.crypto.hash.HashRequest;
import org.apache.shiro.lang.util.ByteSource;
import org.oa.security.login.PasswordVerificationListener;
import org.oa.security.password.Argon2Parameters;

/**
 * Hashes and verifies passwords as argon2id PHC strings in Shiro 2's format, for example
 * {@code $shiro2$argon2id$v=19$t=2,m=19456,p=1$salt$hash}. The password bytes are the UTF-8 encoding of the
 * characters exactly as typed. Thread-safe.
 */
public final class PasswordHasher {

    private static final Pattern PARAMETERS =
            Pattern.compile("^\\$shiro2\\$(argon2id)\\$v=19\\$t=(\\d+),m=(\\d+),p=(\\d+)\\$");

    private final Argon2Parameters parameters;
    private final DefaultPasswordService service;
    private final PasswordVerificationListener listener;
    private final String dummyHash;
    /** Smoothed duration of one verification in nanoseconds, for {@link #imitateVerification()}. */
    private final java.util.concurrent.atomic.AtomicLong typicalNanos = new java.util.concurrent.atomic.AtomicLong();

    /**
     * @param parameters the argon2id cost for new hashes
     * @param listener   told before each verification
     */
    public PasswordHasher(Argon2Parameters parameters, PasswordVerificationListener listener) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.service = new Argon2idPasswordService(parameters);
        // A hash of random bytes nobody knows, with the current parameters: verifying against it costs the
        // same as verifying a real password.
        this.dummyHash = service.encryptPassword(ByteSource.Util.bytes(java.util.UUID.randomUUID().toString()));
        long start = System.nanoTime();
        service.passwordsMatch(ByteSource.Util.bytes("calibration"), dummyHash);
        typicalNanos.set(System.nanoTime() - start);
    }

    /** @return the parameters new hashes are made with */
    public Argon2Parameters parameters() {
        return parameters;
    }

    /**
     * @param password exactly as typed
     * @return the PHC string to store
     */
    public String hash(char[] password) {
        return service.encryptPassword(password);
    }

    /**
     * @param password exactly as typed
     * @param stored   a PHC string made by {@link #hash}
     * @return whether they match
     */
    public boolean verify(char[] password, String stored) {
        listener.verifying();
        return timed(() -> service.passwordsMatch(password, stored));
    }

    /**
     * Like {@link #verify} without telling the listener: for history checks, not sign-ins.
     *
     * @param password exactly as typed
     * @param stored   a PHC string
     * @return whether they match
     */
    public boolean matchesQuietly(char[] password, String stored) {
        return service.passwordsMatch(password, stored);
    }

    /**
     * Spends the same work as {@link #verify} and always fails: used for unknown usernames.
     *
     * @param password as typed
     */
    public void verifyDummy(char[] password) {
        listener.verifying();
        timed(() -> service.passwordsMatch(password, dummyHash));
    }

    /**
     * Waits about as long as a verification takes, without computing one: a locked account is refused before
     * hashing (bounding the work an attacker can cause) yet answers no faster than an unknown username would,
     * so response time does not reveal that the account exists.
     */
    public void imitateVerification() {
        java.util.concurrent.locks.LockSupport.parkNanos(typicalNanos.get());
    }

    private boolean timed(java.util.function.BooleanSupplier verification) {
        long start = System.nanoTime();
        boolean result = verification.getAsBoolean();
        long took = System.nanoTime() - start;
        // Exponential moving average with weight 1/8: follows load changes, ignores single outliers.
        typicalNanos.getAndUpdate(previous -> previous + (took - previous) / 8);
        return result;
    }

    /**
     * @param stored a stored PHC string
     * @return {@code true} when it was made with other parameters or another algorithm
     */
    public boolean needsRehash(String stored) {
        return !parameters.equals(parametersOf(stored));
    }

    /**
     * @param stored a stored PHC string
     * @return its argon2id parameters, or {@code null} when it is not an argon2id hash in Shiro 2's format
     */
    public static Argon2Parameters parametersOf(String stored) {
        Matcher matcher = PARAMETERS.matcher(stored);
        if (!matcher.find()) {
            return null;
        }
        return new Argon2Parameters(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(4)));
    }

    /** Shiro's password service, with every new hash requested as argon2id at the configured cost. */
    private static final class Argon2idPasswordService extends DefaultPasswordService {

        private final Argon2Parameters parameters;

        Argon2idPasswordService(Argon2Parameters parameters) {
            this.parameters = parameters;
        }

        @Override
        protected HashRequest createHashRequest(ByteSource plaintext) {
            // Shiro 2.2.1's DefaultHashService ignores its own parameter map, so the cost goes into each request.
            return new HashRequest.Builder()
                    .setSource(plaintext)
                    .setAlgorithmName("argon2id")
                    .addParameter("Argon2.memoryKib", Integer.toString(parameters.memoryKiB()))
                    .addParameter("Argon2.iterations", Integer.toString(parameters.iterations()))
                    .addParameter("Argon2.parallelism", Integer.toString(parameters.parallelism()))
                    .build();
        }
    }
}
