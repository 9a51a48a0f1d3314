/**
 * Plain JDBC access to the security schema over the caller's {@code DataSource}, and the Flyway migration of
 * that schema. Internal: only other internal packages use it. SQL here stays portable (Derby and PostgreSQL).
 */
package org.oa.security.internal.jdbc;
