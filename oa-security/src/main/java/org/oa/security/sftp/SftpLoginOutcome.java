package org.oa.security.sftp;

import java.util.Objects;
import org.oa.security.account.AccountView;
import org.oa.security.login.RefusalReason;

/** The result of {@link SftpCredentials#authenticate}. */
public sealed interface SftpLoginOutcome {

    /**
     * The credential is valid.
     *
     * @param account whose practice folder to open
     */
    record Success(AccountView account) implements SftpLoginOutcome {
        /** Validates the field. */
        public Success {
            Objects.requireNonNull(account, "account");
        }
    }

    /**
     * Refused; tell the client only "authentication failed".
     *
     * @param reason for the audit trail only: UNKNOWN_USERNAME, WRONG_PASSWORD (the secret), LOCKED or DISABLED
     */
    record Refused(RefusalReason reason) implements SftpLoginOutcome {
        /** Validates the field. */
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
