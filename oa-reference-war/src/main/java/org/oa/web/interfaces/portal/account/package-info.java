/**
 * A signed-in user's own account: Account security, where the account is signed in, step-up.
 */
package org.oa.web.interfaces.portal.account;
