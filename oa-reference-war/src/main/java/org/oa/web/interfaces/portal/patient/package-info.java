/**
 * Pages of Patient Ally (the patient portal): the signed-in patient's own record, found through the account's
 * link and never through a request parameter. May not reach into another portal's pages.
 */
package org.oa.web.interfaces.portal.patient;
