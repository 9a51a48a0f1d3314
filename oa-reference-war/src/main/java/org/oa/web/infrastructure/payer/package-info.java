/**
 * Payer connections of the reference deployment. {@link org.oa.web.infrastructure.payer.SimulatedPayer} is the
 * payer {@code SIM01} that answers claim files with a 999, a 277CA and an 835 by fixed, documented rules, so the
 * claim loop runs on one machine. Plain Java on {@code oa-edi}: no CDI, no Jakarta APIs, no network.
 */
package org.oa.web.infrastructure.payer;
