/**
 * Technical wiring of the reference deployment: the data source (embedded Derby in {@code oa.data.dir}),
 * producers for the OA libraries, the implementations of the application's ports (repositories over JPA, mail,
 * the data folder, the demo outboxes, the payer connection), and start-up work (migrations). No business rules
 * live here.
 */
package org.oa.web.infrastructure;
