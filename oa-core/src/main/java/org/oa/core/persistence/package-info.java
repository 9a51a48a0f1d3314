/**
 * Opening OA core's storage: schema migrations (Flyway, schema {@code OA_CORE}) and, for Java SE callers, a
 * resource-local JPA entity manager factory. Containers use their own persistence unit with the mapping file
 * {@link org.oa.core.persistence.CorePersistence#MAPPING_FILE}. Repositories are obtained here, one per unit of
 * work, and every one but the practice repository is scoped to one practice.
 */
package org.oa.core.persistence;
