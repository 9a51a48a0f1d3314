/**
 * Implementation of {@link org.oa.security.questions.SecurityQuestions}: the shipped question list, answer
 * normalisation and the {@code security_answer} table. Not API: may change without notice.
 */
package org.oa.security.internal.questions;
