/**
 * Signing in to a portal: the {@link org.oa.security.login.Login} service and its {@link
 * org.oa.security.login.LoginOutcome}. Every refusal shows the user one and the same message; the {@link
 * org.oa.security.login.RefusalReason} is for the audit trail only and must never reach a page.
 */
package org.oa.security.login;
