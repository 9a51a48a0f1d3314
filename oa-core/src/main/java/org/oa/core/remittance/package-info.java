/**
 * Remittance advice (ERA 835): payments and CARC/RARC adjustments per claim and per service line, with the
 * balancing checks of the 835 implementation guide. Reading the 835 is done in {@code oa-edi}.
 */
package org.oa.core.remittance;
