/**
 * The practice record as the staff portals (Practice Mate, EHR 24/7) show it: the patient finder and who is in the
 * office today. Shared by those portals, so it is not one of them: it depends on the frame, never on a portal.
 */
package org.oa.web.interfaces.portal.record;
