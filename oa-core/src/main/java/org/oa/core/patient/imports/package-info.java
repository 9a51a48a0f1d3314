/**
 * Importing a practice's patients and their primary coverage from a CSV file of its previous system: the
 * {@link org.oa.core.patient.imports.ImportColumn format}, a dry run ({@link org.oa.core.patient.imports.PatientImport#preview})
 * that stores nothing and answers per row what would be created, updated or left unchanged, or the problems with
 * row, column and code, and the import itself, all or nothing. Obtained from
 * {@code org.oa.core.persistence.CoreRepositories.patientImport}. Results carry no PHI in their {@code toString()};
 * problem messages never quote a value of the file.
 */
package org.oa.core.patient.imports;
