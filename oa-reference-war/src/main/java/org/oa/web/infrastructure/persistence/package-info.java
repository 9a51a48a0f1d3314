/**
 * The application's {@link org.oa.web.application.Repositories} over the container's JPA entity manager: the only
 * place in the WAR that holds an {@code EntityManager}. No business rules live here.
 */
package org.oa.web.infrastructure.persistence;
