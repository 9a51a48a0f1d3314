/**
 * The practice administrator's pages: users, unlocking, the audit trail and its CSV.
 */
package org.oa.web.interfaces.portal.admin;
