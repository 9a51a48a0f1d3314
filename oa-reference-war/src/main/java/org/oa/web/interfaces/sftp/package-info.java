/**
 * The SFTP door of the clearinghouse: an embedded Apache MINA SSHD server on 127.0.0.1 where practice software
 * drops 837 files into {@code inbound/} and fetches reports from {@code outbound/}. Each practice is jailed in its
 * own folder; credentials are the SFTP credentials of OA security, never the web password.
 */
package org.oa.web.interfaces.sftp;
