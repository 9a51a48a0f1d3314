/**
 * Each practice's folders of files in and out (SFTP {@code inbound/} and {@code outbound/}), which the clearinghouse,
 * the payer exchange and the SFTP server share.
 */
package org.oa.web.application.folders;
