/**
 * Practice Mate's pages: the front desk's patients (demographics, status, coverages). Never imports another
 * portal's package; the patient finder and today's office hours it shares with EHR 24/7 live in
 * {@code interfaces.portal.record}.
 */
package org.oa.web.interfaces.portal.practicemate;
