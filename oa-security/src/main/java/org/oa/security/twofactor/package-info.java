/**
 * Second factors after the password: authenticator-app codes (TOTP, RFC 6238) with enrolment by QR code,
 * single-use recovery codes, and e-mail/SMS one-time codes sent through the application's {@link
 * org.oa.security.twofactor.CodeSender}; SMS codes go to a {@link org.oa.security.twofactor.PhoneNumber} the account
 * confirmed with a code texted to it ({@link org.oa.security.twofactor.PhoneNumbers}). Outcomes are values; every
 * refusal shows one message.
 */
package org.oa.security.twofactor;
