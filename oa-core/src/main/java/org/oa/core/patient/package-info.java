/**
 * Patients: the values a claim carries ({@link org.oa.core.patient.Patient}, {@link org.oa.core.patient.Subscriber},
 * {@link org.oa.core.patient.Coverage}) and the practice record shared by all portals
 * ({@link org.oa.core.patient.PatientRecord}, {@link org.oa.core.patient.CoverageRecord}) with their repositories,
 * search, the claim-to-patient {@link org.oa.core.claim.PatientMatcher} and the
 * {@link org.oa.core.patient.PatientRecordListener} that hears every read and change for the audit trail.
 * Everything here is protected health information: records override {@code toString()} so that names, birth
 * dates, member IDs and account numbers never reach a log or an exception message.
 */
package org.oa.core.patient;
