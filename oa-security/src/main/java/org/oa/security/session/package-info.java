/**
 * Signed-in web sessions, kept in the database so that every node of a cluster agrees which are still valid: a
 * password change or reset ends the account's other sessions on every node at their next request, and a user
 * can see where they are signed in and sign out a session they no longer trust. Holds no HTTP session ID (the
 * registry's own ID is a random UUID that the application keeps in its session).
 */
package org.oa.security.session;
