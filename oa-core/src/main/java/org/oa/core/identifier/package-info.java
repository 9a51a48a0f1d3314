/**
 * Identifiers of the health-care world as small value types that validate themselves on construction:
 * {@link org.oa.core.identifier.Npi}, {@link org.oa.core.identifier.TaxId}. A malformed identifier cannot exist;
 * use the {@code isValid} checks to test user input without an exception.
 */
package org.oa.core.identifier;
