/** Implementation of the payer area: the CSV reader behind {@link org.oa.core.payer.PayerList}. Not API. */
package org.oa.core.internal.payer;
