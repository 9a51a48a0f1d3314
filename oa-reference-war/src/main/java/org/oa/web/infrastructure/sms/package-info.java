/**
 * Outgoing text messages (SMS): through the HTTP gateway named by {@code oa.sms.gateway-url}, or, when none is
 * configured (demo mode), into an in-memory outbox that an administrator can read in the portal, beside the mail
 * outbox. Neither the number nor the text of a message ever appears in a log line or an exception message.
 */
package org.oa.web.infrastructure.sms;
