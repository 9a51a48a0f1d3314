/**
 * Implementation of the schedule that needs no database: RFC 5545 repeat rules through ical4j (expansion,
 * ending a rule, EXDATE lists). Not API.
 */
package org.oa.core.internal.schedule;
