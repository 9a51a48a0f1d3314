/**
 * SFTP credentials, separate from the web password: a generated username and secret shown once, stored as an
 * argon2id hash; issuing a new one revokes the old; failures count on the account's lockout. The SFTP server
 * itself lives in the WAR and calls {@link org.oa.security.sftp.SftpCredentials#authenticate}.
 */
package org.oa.security.sftp;
