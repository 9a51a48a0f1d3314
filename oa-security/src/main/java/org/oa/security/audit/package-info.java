/**
 * The append-only, hash-chained audit trail: {@link org.oa.security.audit.AuditTrail} records security events
 * (never a password or a code), searches them, exports them as formula-safe CSV and verifies the chain to find
 * the first edited or deleted entry.
 */
package org.oa.security.audit;
