/**
 * JDBC implementation of calendar feed tokens in the table {@code calendar_feed_token}: SHA-256 hashes only,
 * audited through the library's audit trail. Internal: not exported, may change without notice.
 */
package org.oa.security.calendar.internal;
