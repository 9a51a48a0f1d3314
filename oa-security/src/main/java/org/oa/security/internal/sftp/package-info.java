/**
 * JDBC implementation of SFTP credentials: generated usernames and secrets, argon2id-hashed, checked through
 * the account's lockout. Internal.
 */
package org.oa.security.internal.sftp;
