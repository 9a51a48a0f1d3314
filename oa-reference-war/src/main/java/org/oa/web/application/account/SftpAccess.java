package org.oa.web.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.security.OaSecurity;
import org.oa.security.account.AccountId;
import org.oa.security.sftp.SftpSecret;

/**
 * SFTP credentials for practice software, separate from the web password: generated here (the secret is shown
 * once), regenerated (the old one stops working at once) or revoked.
 */
@ApplicationScoped
public class SftpAccess {

    @Inject
    OaSecurity security;

    /** Issues a new SFTP username and secret for the account, replacing any earlier one. */
    public SftpSecret generate(String accountId) {
        return security.sftp().issue(AccountId.parse(accountId));
    }

    /** Revokes the account's SFTP credential; false when it had none. */
    public boolean revoke(String accountId) {
        return security.sftp().revoke(AccountId.parse(accountId));
    }
}
