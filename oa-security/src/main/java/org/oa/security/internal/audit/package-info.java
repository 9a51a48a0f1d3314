/**
 * JDBC implementation of the hash-chained audit trail and its CSV export. Internal; appends from several
 * nodes queue on the lock of the single head row, so the chain stays linear and its end is anchored.
 */
package org.oa.security.internal.audit;
