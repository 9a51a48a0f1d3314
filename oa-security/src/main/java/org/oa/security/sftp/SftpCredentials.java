package org.oa.security.sftp;

import org.oa.security.account.AccountId;

/** Issues and checks SFTP credentials. Obtained from {@link org.oa.security.OaSecurity#sftp()}; thread-safe. */
public interface SftpCredentials {

    /**
     * Generates a new SFTP username and secret for the account, replacing (revoking) any previous one.
     *
     * @param account a staff account
     * @return the credential to show once
     */
    SftpSecret issue(AccountId account);

    /**
     * Sets an SFTP credential chosen by the operator (demo data, migration from another system), replacing any
     * previous one. The secret is hashed like a generated one; the username must be 3 to 32 characters of lower
     * case letters, digits, '.', '-' or '_' and not used by another account.
     *
     * @param account  a staff account
     * @param username the SFTP username
     * @param secret   the secret, exactly as the client will send it; not kept
     * @throws org.oa.security.OaSecurityException when the username is taken or the account is not staff
     * @throws IllegalArgumentException when the username or secret is malformed
     */
    void provision(AccountId account, String username, char[] secret);

    /**
     * Checks an SFTP sign-in. Unknown usernames cost the same hashing work; a locked or disabled account is
     * refused.
     *
     * @param sftpUsername the username the client sent
     * @param secret       the password the client sent
     * @return success with the account, or a refusal
     */
    SftpLoginOutcome authenticate(String sftpUsername, char[] secret);

    /**
     * @param account the account
     * @return {@code true} when a credential existed and is now revoked
     */
    boolean revoke(AccountId account);
}
