/**
 * Entry point of the security library: {@link org.oa.security.OaSecurity}, built once per application from a
 * caller-supplied {@code DataSource}, and the single unchecked root exception {@link
 * org.oa.security.OaSecurityException} for programming and state errors. Expected outcomes (a wrong password,
 * a locked account, a policy violation) are never exceptions: they are values in the sub-packages.
 */
package org.oa.security;
