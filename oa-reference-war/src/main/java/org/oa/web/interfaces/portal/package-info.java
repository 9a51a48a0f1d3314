/**
 * What the four portals share: their paths and titles, the login form, the signed-in user in the session,
 * the filter that sends anonymous visitors to the right login page, and sign-out.
 */
package org.oa.web.interfaces.portal;
