/**
 * Implementation of the patient import that needs no database: the RFC 4180 CSV reader and the checks of a row
 * against the format and the payer list. Not exported; use {@code org.oa.core.patient.imports}.
 */
package org.oa.core.internal.imports;
