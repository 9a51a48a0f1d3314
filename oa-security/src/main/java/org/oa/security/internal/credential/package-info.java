/**
 * Credential primitives: password hashing through Shiro's {@code DefaultPasswordService} with argon2id, the
 * dummy hash that makes an unknown username cost the same work, the password policy checks, and random
 * secrets with their SHA-256 fingerprints. Internal; no hash, secret or password leaves these classes in a
 * message or log line.
 */
package org.oa.security.internal.credential;
