/**
 * JDBC implementation of API tokens in the table {@code api_token}: SHA-256 hashes only, audited through the
 * library's audit trail. Internal: not exported, may change without notice.
 */
package org.oa.security.apitoken.internal;
