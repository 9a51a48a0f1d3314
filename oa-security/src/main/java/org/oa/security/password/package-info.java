/**
 * Password rules and hashing settings: the argon2id {@link org.oa.security.password.Argon2Parameters}, the
 * per-practice {@link org.oa.security.password.PasswordPolicy} and the {@link
 * org.oa.security.password.PasswordViolation violations} it reports as values with a code and an explanation.
 * Nothing here ever holds a stored hash.
 */
package org.oa.security.password;
