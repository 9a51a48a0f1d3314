/**
 * The appointment schedule of a practice: appointment types, bookings (single or a series from an RFC 5545
 * RRULE), moves, cancellations and the front-desk status of each appointment, with the rules a booking must pass
 * (office hours, no double-booking unless a reason is given) reported as {@link org.oa.core.schedule.ScheduleProblem}
 * values; and an iCalendar feed without patient data. Plain Java SE: no CDI, no servlet API; storage is the JPA
 * {@link org.oa.core.schedule.ScheduleRepository} handed out by {@link org.oa.core.persistence.CoreRepositories}.
 */
package org.oa.core.schedule;
