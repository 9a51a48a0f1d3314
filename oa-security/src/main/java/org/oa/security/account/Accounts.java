package org.oa.security.account;

import java.util.Optional;

/**
 * Creates and reads accounts. Obtained from {@link org.oa.security.OaSecurity#accounts()}; thread-safe.
 */
public interface Accounts {

    /**
     * Creates an account with its initial password. Meant for provisioning (demo data, administrators): a
     * rejected request is a caller error here. Use {@link #register(NewAccount)} to get the reasons as values.
     *
     * @param account what to create
     * @return the new identifier
     * @throws org.oa.security.OaSecurityException when the username is taken or the password breaks the policy
     */
    AccountId create(NewAccount account);

    /**
     * Creates an account, reporting a taken username or a password policy violation as a value.
     *
     * @param account what to create
     * @return {@link Registration.Created} or {@link Registration.Rejected} with codes
     */
    Registration register(NewAccount account);

    /** @return how many accounts exist */
    long count();

    /**
     * @param id the identifier
     * @return the account, or empty when there is none
     */
    Optional<AccountView> find(AccountId id);

    /**
     * @param username a sign-in name in any case or Unicode form
     * @return the account, or empty when there is none
     */
    Optional<AccountView> findByUsername(String username);

    /**
     * For the username reminder: the accounts registered with an e-mail address (compared ignoring letter case).
     *
     * @param email the address as typed
     * @return its accounts ordered by username, at most 20; empty when none
     */
    java.util.List<AccountView> findByEmail(String email);

    /**
     * @param practiceId a practice
     * @return its accounts ordered by username (at most 10000)
     */
    java.util.List<AccountView> listByPractice(java.util.UUID practiceId);

    /**
     * Lifts a lockout and clears the failure counter (an administrator's action, audited).
     *
     * @param id the account
     * @return {@code true} if the account exists
     */
    boolean unlock(AccountId id);

    /**
     * Switches an account off or on again (audited).
     *
     * @param id       the account
     * @param disabled {@code true} to disable
     * @return {@code true} if the account exists
     */
    boolean setDisabled(AccountId id, boolean disabled);
}
