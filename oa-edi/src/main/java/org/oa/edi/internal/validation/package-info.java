/**
 * Implementation of validation: segment specifications, loop tracking per implementation guide, claim and
 * remittance rules, and the builders of typed documents. Not exported; use {@code org.oa.edi.validation}.
 */
package org.oa.edi.internal.validation;
