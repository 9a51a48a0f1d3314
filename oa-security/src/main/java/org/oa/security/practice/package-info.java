/**
 * Per-practice security settings: the {@link org.oa.security.practice.PracticeSecurity} record (lockout and
 * password policies, and the practice's own name and identifiers a password may not contain) and the {@link
 * org.oa.security.practice.PracticeSettings} service that stores it. Patients and practices without settings
 * get the defaults.
 */
package org.oa.security.practice;
