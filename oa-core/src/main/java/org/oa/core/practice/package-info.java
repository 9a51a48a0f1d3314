/**
 * The practice (tenant) and what it owns directly: its locations and its providers. Every other record in OA
 * belongs to exactly one practice; a {@link org.oa.core.practice.PracticeId} scopes every repository.
 */
package org.oa.core.practice;
