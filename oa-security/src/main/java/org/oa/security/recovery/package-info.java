/**
 * Getting back in and staying in: single-use {@link org.oa.security.recovery.PasswordResets password reset
 * tokens} (hashed at rest, 30 minutes) and {@link org.oa.security.recovery.RememberedDevices remembered
 * devices} that skip the second factor for 30 days, listed and revocable. Tokens are returned once and
 * stored only as SHA-256 hashes.
 */
package org.oa.security.recovery;
