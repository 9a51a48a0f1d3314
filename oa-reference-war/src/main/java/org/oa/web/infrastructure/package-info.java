/**
 * Technical wiring of the reference deployment: the data source (embedded Derby in {@code oa.data.dir}),
 * producers for the OA libraries, and start-up work (migrations). No business rules live here.
 */
package org.oa.web.infrastructure;
