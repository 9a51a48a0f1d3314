/**
 * Second factors: RFC 4226/6238 one-time passwords, Base32, QR code rendering with ZXing, sealing of TOTP
 * secrets at rest, recovery codes and e-mail/SMS one-time codes, stored over JDBC. Internal; no secret or code
 * appears in a log line or message.
 */
package org.oa.security.internal.twofactor;
