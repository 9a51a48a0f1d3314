/**
 * Payers and a practice's enrollment with them: the {@link org.oa.core.payer.Payer} record, the
 * {@link org.oa.core.payer.PayerList} (with the bundled list of invented payers) and
 * {@link org.oa.core.payer.Enrollment}. No persistence and no network here.
 */
package org.oa.core.payer;
