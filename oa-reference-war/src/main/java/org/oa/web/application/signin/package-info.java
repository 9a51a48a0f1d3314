/**
 * Signing in to a portal: password, second factor, role choice, password reset, the web sessions of an account.
 */
package org.oa.web.application.signin;
