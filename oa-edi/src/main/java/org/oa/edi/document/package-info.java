/**
 * Typed, immutable records for the transactions the engine models (837P/837I claims, 835 remittance, 999, 277CA,
 * TA1), built while validating. Records holding patient data never print it in {@code toString()}.
 */
package org.oa.edi.document;
