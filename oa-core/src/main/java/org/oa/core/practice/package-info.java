/**
 * The practice (tenant) and what it owns directly: its locations, its providers and its bookable resources
 * (rooms, equipment), each with a repository scoped to one {@link org.oa.core.practice.PracticeId}. Every other
 * record in OA belongs to exactly one practice; a {@code PracticeId} scopes every repository. Storing a record of
 * the practice answers with a {@link org.oa.core.practice.SaveResult}: expected problems (a taken NPI, a possible
 * duplicate patient) are {@link org.oa.core.practice.RecordProblem}s with a code and a field, not exceptions.
 */
package org.oa.core.practice;
