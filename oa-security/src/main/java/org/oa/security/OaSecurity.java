package org.oa.security;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Objects;
import javax.sql.DataSource;
import org.oa.security.account.Accounts;
import org.oa.security.account.PatientRecordLinks;
import org.oa.security.apitoken.ApiTokens;
import org.oa.security.apitoken.internal.JdbcApiTokens;
import org.oa.security.audit.AuditTrail;
import org.oa.security.calendar.CalendarFeedTokens;
import org.oa.security.calendar.internal.JdbcCalendarFeedTokens;
import org.oa.security.internal.account.AccountStore;
import org.oa.security.internal.account.JdbcAccounts;
import org.oa.security.internal.account.JdbcPatientRecordLinks;
import org.oa.security.internal.account.LockoutGate;
import org.oa.security.internal.account.PracticeStore;
import org.oa.security.internal.audit.JdbcAuditTrail;
import org.oa.security.internal.credential.PasswordHasher;
import org.oa.security.internal.credential.PasswordRules;
import org.oa.security.internal.jdbc.Database;
import org.oa.security.internal.jdbc.SchemaMigration;
import org.oa.security.internal.login.DefaultLogin;
import org.oa.security.internal.recovery.JdbcPasswordResets;
import org.oa.security.internal.recovery.JdbcRememberedDevices;
import org.oa.security.internal.questions.JdbcSecurityQuestions;
import org.oa.security.internal.session.JdbcSignedInSessions;
import org.oa.security.internal.sftp.JdbcSftpCredentials;
import org.oa.security.internal.twofactor.JdbcPhoneNumbers;
import org.oa.security.internal.twofactor.JdbcTwoFactor;
import org.oa.security.internal.twofactor.SecretSealer;
import org.oa.security.lockout.LockoutNotifier;
import org.oa.security.lockout.LockoutPolicy;
import org.oa.security.login.Login;
import org.oa.security.login.PasswordVerificationListener;
import org.oa.security.password.Argon2Parameters;
import org.oa.security.password.PasswordPolicy;
import org.oa.security.password.Passwords;
import org.oa.security.practice.PracticeSettings;
import org.oa.security.questions.SecurityQuestions;
import org.oa.security.recovery.PasswordResets;
import org.oa.security.recovery.RememberedDevices;
import org.oa.security.session.SignedInSessions;
import org.oa.security.sftp.SftpCredentials;
import org.oa.security.twofactor.CodeSender;
import org.oa.security.twofactor.PhoneNumbers;
import org.oa.security.twofactor.TwoFactor;

/**
 * The security library's entry point: build one per application (per node) and share it; thread-safe. All
 * state lives in the database, so several instances on one database (a cluster) agree on lockouts and the
 * audit chain.
 *
 * <pre>{@code
 * OaSecurity security = OaSecurity.builder().dataSource(dataSource).build();
 * security.migrate();
 * LoginOutcome outcome = security.login().authenticate(Portal.EHR, username, password);
 * }</pre>
 */
public final class OaSecurity {

    /** The default database schema. */
    public static final String DEFAULT_SCHEMA = "OA_SECURITY";

    private static final System.Logger LOG = System.getLogger(OaSecurity.class.getName());

    private final Database database;
    private final JdbcAccounts accounts;
    private final DefaultLogin login;
    private final JdbcAuditTrail audit;
    private final PracticeStore practices;
    private final JdbcTwoFactor twoFactor;
    private final JdbcPhoneNumbers phoneNumbers;
    private final JdbcPasswordResets passwordResets;
    private final JdbcRememberedDevices rememberedDevices;
    private final JdbcSftpCredentials sftp;
    private final JdbcSecurityQuestions securityQuestions;
    private final JdbcApiTokens apiTokens;
    private final JdbcCalendarFeedTokens calendarFeedTokens;
    private final JdbcSignedInSessions sessions;
    private final JdbcPatientRecordLinks patientRecordLinks;

    private OaSecurity(Builder b) {
        this.database = new Database(b.dataSource, b.schema);
        PasswordHasher hasher = new PasswordHasher(b.hashParameters, b.verificationListener);
        this.audit = new JdbcAuditTrail(database, b.clock, b.auditKey);
        if (b.auditKey == null) {
            LOG.log(System.Logger.Level.WARNING, "no audit key configured: the audit chain is hashed without a key,"
                    + " so someone with write access to the database could rewrite it undetected (Builder.auditKey)");
        }
        AccountStore store = new AccountStore(database);
        this.practices = new PracticeStore(database, audit, b.lockoutPolicy, b.passwordPolicy);
        LockoutGate lockout = new LockoutGate(store, practices, audit, b.lockoutNotifier, b.clock);
        this.accounts = new JdbcAccounts(store, practices, lockout, hasher, new PasswordRules(), audit, b.clock);
        this.login = new DefaultLogin(store, lockout, hasher, audit, b.clock);
        SecretSealer sealer = new SecretSealer(b.totpSecretKey);
        this.phoneNumbers = new JdbcPhoneNumbers(database, store, lockout, audit, b.codeSender, b.clock);
        this.twoFactor = new JdbcTwoFactor(database, store, lockout, audit, b.codeSender, phoneNumbers, sealer,
                b.issuer, b.clock);
        if (!sealer.sealing()) {
            LOG.log(System.Logger.Level.WARNING, "no TOTP secret key configured: authenticator secrets are stored"
                    + " unsealed (Builder.totpSecretKey)");
        }
        this.passwordResets = new JdbcPasswordResets(database, store, accounts, audit, b.clock);
        this.rememberedDevices = new JdbcRememberedDevices(database, audit, b.clock);
        this.sftp = new JdbcSftpCredentials(database, store, lockout, hasher, audit, b.clock);
        this.securityQuestions = new JdbcSecurityQuestions(database, store, hasher, audit, b.clock);
        this.apiTokens = new JdbcApiTokens(database, audit, b.clock);
        this.calendarFeedTokens = new JdbcCalendarFeedTokens(database, store, audit, b.clock);
        this.sessions = new JdbcSignedInSessions(database, audit, b.clock);
        this.patientRecordLinks = new JdbcPatientRecordLinks(database, store, audit, b.clock);
        if (!b.hashParameters.meetsOwaspMinimum()) {
            LOG.log(System.Logger.Level.WARNING, "argon2id parameters are below the OWASP minimum (tests only)");
        }
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates or upgrades the security schema with Flyway (idempotent; safe to call on every start).
     *
     * @return how many migrations ran now
     */
    public int migrate() {
        return SchemaMigration.migrate(database);
    }

    /** @return account creation, lookup, unlock and disable */
    public Accounts accounts() {
        return accounts;
    }

    /** @return sign-in */
    public Login login() {
        return login;
    }

    /** @return password checks and changes */
    public Passwords passwords() {
        return accounts;
    }

    /** @return the audit trail */
    public AuditTrail audit() {
        return audit;
    }

    /** @return per-practice security settings */
    public PracticeSettings practices() {
        return practices;
    }

    /** @return authenticator apps, recovery codes and e-mail/SMS codes */
    public TwoFactor twoFactor() {
        return twoFactor;
    }

    /** @return the mobile phone numbers SMS sign-in codes go to, each confirmed by a code texted to it */
    public PhoneNumbers phoneNumbers() {
        return phoneNumbers;
    }

    /** @return password reset tokens */
    public PasswordResets passwordResets() {
        return passwordResets;
    }

    /** @return "remember this device" tokens */
    public RememberedDevices rememberedDevices() {
        return rememberedDevices;
    }

    /** @return SFTP credentials, separate from the web password */
    public SftpCredentials sftp() {
        return sftp;
    }

    /** @return security questions, an extra factor of the password reset */
    public SecurityQuestions securityQuestions() {
        return securityQuestions;
    }

    /** @return per-practice API tokens for the REST API */
    public ApiTokens apiTokens() {
        return apiTokens;
    }

    /** @return the secret tokens in providers' iCalendar feed URLs, one per account and provider */
    public CalendarFeedTokens calendarFeedTokens() {
        return calendarFeedTokens;
    }

    /** @return the signed-in web sessions of every node */
    public SignedInSessions sessions() {
        return sessions;
    }

    /** @return which patient record each patient's portal account opens */
    public PatientRecordLinks patientRecordLinks() {
        return patientRecordLinks;
    }

    /** Configures an {@link OaSecurity}; not thread-safe. */
    public static final class Builder {
        private DataSource dataSource;
        private String schema = DEFAULT_SCHEMA;
        private Clock clock = Clock.system(ZoneOffset.UTC);
        private Argon2Parameters hashParameters = Argon2Parameters.owasp();
        private LockoutPolicy lockoutPolicy = LockoutPolicy.standard();
        private PasswordPolicy passwordPolicy = PasswordPolicy.standard();
        private LockoutNotifier lockoutNotifier = LockoutNotifier.NONE;
        private PasswordVerificationListener verificationListener = PasswordVerificationListener.NONE;
        private CodeSender codeSender = CodeSender.NONE;
        private String issuer = "OA";
        private byte[] totpSecretKey;
        private byte[] auditKey;

        private Builder() {
        }

        /**
         * @param dataSource where the security schema lives (required); in a container, its JTA data source
         * @return this
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * @param schema the database schema (default {@code OA_SECURITY}); upper case letters, digits, '_'
         * @return this
         */
        public Builder schema(String schema) {
            this.schema = Objects.requireNonNull(schema, "schema");
            return this;
        }

        /**
         * @param clock the time source (default: system clock, UTC)
         * @return this
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * @param parameters argon2id cost for new hashes (default {@link Argon2Parameters#owasp()})
         * @return this
         */
        public Builder hashParameters(Argon2Parameters parameters) {
            this.hashParameters = Objects.requireNonNull(parameters, "parameters");
            return this;
        }

        /**
         * @param policy lockout for patients and practices without settings (default {@link
         *               LockoutPolicy#standard()})
         * @return this
         */
        public Builder defaultLockoutPolicy(LockoutPolicy policy) {
            this.lockoutPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param policy password rules for patients and practices without settings (default {@link
         *               PasswordPolicy#standard()})
         * @return this
         */
        public Builder defaultPasswordPolicy(PasswordPolicy policy) {
            this.passwordPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * @param notifier told once per new lock, e.g. to send an e-mail (default: nothing)
         * @return this
         */
        public Builder lockoutNotifier(LockoutNotifier notifier) {
            this.lockoutNotifier = Objects.requireNonNull(notifier, "notifier");
            return this;
        }

        /**
         * @param listener told before each argon2 verification (default: nothing)
         * @return this
         */
        public Builder verificationListener(PasswordVerificationListener listener) {
            this.verificationListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * @param sender delivers e-mail/SMS one-time codes (default: none; sending is then a state error)
         * @return this
         */
        public Builder codeSender(CodeSender sender) {
            this.codeSender = Objects.requireNonNull(sender, "sender");
            return this;
        }

        /**
         * @param key 32 bytes for AES-256-GCM sealing of authenticator secrets at rest (default: none, secrets are
         *            stored as plain Base32). Keep it outside the database (e.g. MicroProfile Config from a file).
         * @return this
         */
        public Builder totpSecretKey(byte[] key) {
            Objects.requireNonNull(key, "key");
            if (key.length != 32) {
                throw new IllegalArgumentException("key must be 32 bytes");
            }
            this.totpSecretKey = key.clone();
            return this;
        }

        /**
         * @param key at least 32 bytes for the audit chain's HMAC-SHA-256 and for signing its checkpoints (default:
         *            none, the chain is hashed with plain SHA-256 and checkpoints are not available). Keep it
         *            outside the database, like the TOTP sealing key, and keep it: entries written with it verify
         *            only with it.
         * @return this
         */
        public Builder auditKey(byte[] key) {
            Objects.requireNonNull(key, "key");
            if (key.length < 32) {
                throw new IllegalArgumentException("key must have at least 32 bytes");
            }
            this.auditKey = key.clone();
            return this;
        }

        /**
         * @param issuer the name authenticator apps show for the account (default "OA")
         * @return this
         */
        public Builder issuer(String issuer) {
            Objects.requireNonNull(issuer, "issuer");
            if (issuer.isBlank() || issuer.contains(":")) {
                throw new IllegalArgumentException("issuer must be non-blank and free of ':'");
            }
            this.issuer = issuer;
            return this;
        }

        /**
         * @return the configured instance
         * @throws OaSecurityException when no data source was given
         */
        public OaSecurity build() {
            if (dataSource == null) {
                throw new OaSecurityException("dataSource is required");
            }
            return new OaSecurity(this);
        }
    }
}
