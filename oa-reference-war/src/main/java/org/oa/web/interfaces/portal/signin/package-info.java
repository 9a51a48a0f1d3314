/**
 * The sign-in pages every portal shares: password, second factor, role choice, authenticator enrolment, forgotten password and username.
 */
package org.oa.web.interfaces.portal.signin;
