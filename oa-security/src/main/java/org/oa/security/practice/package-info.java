/**
 * Per-practice security settings: the {@link org.oa.security.practice.PracticeSecurity} record (lockout and
 * password policies, the practice's own name and identifiers a password may not contain, and whether a second
 * factor is required in every portal) and the {@link org.oa.security.practice.PracticeSettings} service that
 * stores it. Patients and practices without settings get the defaults.
 */
package org.oa.security.practice;
