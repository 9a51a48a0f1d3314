/**
 * Outgoing e-mail: through the SMTP server named by {@code oa.mail.host}, or, when none is configured (demo mode),
 * into an in-memory outbox that an administrator can read in the portal. Messages never carry passwords.
 */
package org.oa.web.infrastructure.mail;
