/**
 * Accounts and what they may do: the {@link org.oa.security.account.Accounts} service, the value records an
 * account is created from and read as, the four {@link org.oa.security.account.Portal portals} and the
 * {@link org.oa.security.account.Role roles} that open them. No type here reveals a password hash, and
 * {@code toString()} never shows an e-mail address or a password.
 */
package org.oa.security.account;
