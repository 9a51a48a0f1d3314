/**
 * JDBC storage of accounts, their lockout counters, password history and per-practice settings, and the
 * implementation of {@link org.oa.security.account.Accounts}. Internal; the lockout counter is only changed
 * by single conditional UPDATE statements so that every node sees one consistent count.
 */
package org.oa.security.internal.account;
