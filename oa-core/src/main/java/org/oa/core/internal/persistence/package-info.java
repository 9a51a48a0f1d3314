/**
 * JPA entities and repository implementations for OA core. Not API: entities mirror the migrated tables in
 * schema OA_CORE and are converted to and from the domain records at the repository boundary.
 */
package org.oa.core.internal.persistence;
