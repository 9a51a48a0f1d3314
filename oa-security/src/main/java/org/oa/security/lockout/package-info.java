/**
 * Account lockout shared by every node through the database: the {@link org.oa.security.lockout.LockoutPolicy}
 * (per practice), and the {@link org.oa.security.lockout.LockoutNotifier} hook through which the application
 * sends "account locked" e-mails. The counting itself is internal.
 */
package org.oa.security.lockout;
