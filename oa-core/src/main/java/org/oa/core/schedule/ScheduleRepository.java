package org.oa.core.schedule;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.oa.core.practice.PracticeId;

/**
 * The appointment schedule of one practice: appointment types, bookings and series, moves, cancellations and
 * status changes. Created for one practice (see {@code CoreRepositories.schedule}): no method sees another
 * practice's appointments, providers, resources or types. Times are local to the practice's zone.
 *
 * <p><b>Transactions are the caller's.</b> Like the other repositories of OA core, an implementation joins the
 * transaction of the entity manager it was created with and never begins, commits or rolls back: the caller
 * begins a transaction before a call and commits it after (a booking is checked and stored in the caller's
 * transaction; nothing is visible to others until the commit). To keep two desks from booking the same slot,
 * {@link #book} and {@link #move} lock the provider's (and the resource's) row until the transaction ends, so
 * keep those transactions short: one call, then commit. On {@link ScheduleResult.Refused} nothing was written;
 * roll back anyway (always safe), because a {@value ScheduleProblem#STALE} refusal found at flush (someone changed
 * the appointment after this entity manager read it) leaves the transaction marked for rollback. The overloads
 * with an {@code expectedVersion} (the {@link Appointment#version()} the user saw) refuse a stale change before
 * writing anything.
 *
 * <p>Rules, unless an override reason is given (which accepts both, and is kept): a booking or move lies within
 * the provider's office hours for that weekday at the booking's location (a provider without any office hours can
 * be booked at any time), else {@value ScheduleProblem#OUTSIDE_OFFICE_HOURS}; it overlaps no occupying appointment
 * of the same provider or resource (end exclusive), else {@value ScheduleProblem#SLOT_TAKEN} with the conflicts. A series is checked occurrence by
 * occurrence and stored all or none. Not thread-safe: one per unit of work.
 */
public interface ScheduleRepository {

    /** The most occurrences a series may have. */
    int MAX_OCCURRENCES = 260;

    /** The practice this repository works for. */
    PracticeId practiceId();

    /**
     * Books one appointment, or with {@link Booking#rrule()} a series: the series (RRULE, DTSTART, EXDATEs) and
     * one appointment per occurrence, computed by the RRULE within two years and {@value #MAX_OCCURRENCES}
     * occurrences (more is refused with {@value ScheduleProblem#SERIES_TOO_LONG}); a rule without COUNT or UNTIL
     * is booked for one year and stored with that UNTIL. Refused with {@value ScheduleProblem#UNKNOWN_PROVIDER},
     * {@value ScheduleProblem#UNKNOWN_RESOURCE}, {@value ScheduleProblem#UNKNOWN_LOCATION},
     * {@value ScheduleProblem#UNKNOWN_PATIENT}, {@value ScheduleProblem#UNKNOWN_TYPE},
     * {@value ScheduleProblem#BAD_RRULE}, {@value ScheduleProblem#OUTSIDE_OFFICE_HOURS} or
     * {@value ScheduleProblem#SLOT_TAKEN}.
     */
    ScheduleResult book(Booking booking);

    /**
     * Moves or resizes an appointment to start at {@code newStart} for {@code minutes} (5 to 480). For an
     * occurrence of a series: {@link SeriesScope#THIS} takes it out of the series (an EXDATE on the series, the
     * appointment then stands alone); {@link SeriesScope#THIS_AND_FOLLOWING} ends the series before this
     * occurrence (UNTIL) and moves this and the later scheduled occurrences by the same offset into a new series;
     * {@link SeriesScope#ALL} moves every scheduled occurrence that has not started yet by the same offset (and
     * the series with it). Moving occurrences to other days is refused ({@value ScheduleProblem#NOT_ALLOWED})
     * when the rule names days (BYDAY and the like) and the scope is not THIS. Every moved appointment is
     * checked like a booking; {@code overrideReason} (null or blank for none) accepts overlaps. Refused with
     * {@value ScheduleProblem#NOT_FOUND}, {@value ScheduleProblem#NOT_ALLOWED} (a checked-out, no-show or
     * cancelled appointment), {@value ScheduleProblem#OUTSIDE_OFFICE_HOURS}, {@value ScheduleProblem#SLOT_TAKEN}
     * or {@value ScheduleProblem#STALE}.
     */
    ScheduleResult move(AppointmentId id, LocalDateTime newStart, int minutes, String overrideReason,
                        SeriesScope scope);

    /**
     * {@link #move(AppointmentId, LocalDateTime, int, String, SeriesScope)} of the appointment as the user saw it:
     * refused with {@value ScheduleProblem#STALE} (nothing written) when its {@link Appointment#version()} is no
     * longer {@code expectedVersion}.
     */
    ScheduleResult move(AppointmentId id, long expectedVersion, LocalDateTime newStart, int minutes,
                        String overrideReason, SeriesScope scope);

    /**
     * Cancels an appointment with a reason; for a series {@link SeriesScope#THIS} cancels only this occurrence
     * (an EXDATE on the series; every other occurrence stays as it is), {@link SeriesScope#THIS_AND_FOLLOWING}
     * also the later scheduled ones and ends the series before this one (UNTIL), {@link SeriesScope#ALL} every
     * scheduled occurrence. Refused with {@value ScheduleProblem#CANCEL_REASON_REQUIRED} (blank reason),
     * {@value ScheduleProblem#NOT_FOUND}, {@value ScheduleProblem#NOT_ALLOWED} (its status cannot become
     * cancelled) or {@value ScheduleProblem#STALE}.
     */
    ScheduleResult cancel(AppointmentId id, String reason, SeriesScope scope);

    /**
     * {@link #cancel(AppointmentId, String, SeriesScope)} of the appointment as the user saw it: refused with
     * {@value ScheduleProblem#STALE} when its version is no longer {@code expectedVersion}.
     */
    ScheduleResult cancel(AppointmentId id, long expectedVersion, String reason, SeriesScope scope);

    /**
     * Changes the front-desk status; refused with {@value ScheduleProblem#NOT_ALLOWED} when
     * {@link AppointmentStatus#canBecome} says no, {@value ScheduleProblem#CANCEL_REASON_REQUIRED} for
     * {@link AppointmentStatus#CANCELLED} (use {@link #cancel}), {@value ScheduleProblem#NOT_FOUND} or
     * {@value ScheduleProblem#STALE}.
     */
    ScheduleResult changeStatus(AppointmentId id, AppointmentStatus next);

    /**
     * {@link #changeStatus(AppointmentId, AppointmentStatus)} of the appointment as the user saw it: refused with
     * {@value ScheduleProblem#STALE} when its version is no longer {@code expectedVersion}.
     */
    ScheduleResult changeStatus(AppointmentId id, long expectedVersion, AppointmentStatus next);

    /** The practice's appointment with this ID. */
    Optional<Appointment> find(AppointmentId id);

    /**
     * The appointments that overlap {@code [from, to)} for the provider and/or the resource (null for any),
     * in every status (cancelled and no-show included, for the calendar to grey them), by start.
     */
    List<Appointment> between(UUID providerId, UUID resourceId, LocalDateTime from, LocalDateTime to);

    /** The practice's appointment types, by code. */
    List<AppointmentType> types();

    /**
     * Adds an appointment type to the practice and returns it as stored; throws
     * {@link org.oa.core.OaCoreException} when the practice already has a type with the code or is not stored.
     */
    AppointmentType addType(AppointmentType type);

    /**
     * Scheduled appointments (status {@code SCHEDULED}) starting in {@code [from, to)} whose reminder has not been
     * claimed yet, earliest first, at most {@code limit}.
     */
    List<Appointment> remindersDue(LocalDateTime from, LocalDateTime to, int limit);

    /**
     * Claims the reminder of appointment {@code id}, sent on {@code channels} (e.g. {@code "email,sms"}) at
     * {@code at}: false when it was claimed before or is not the practice's appointment. Another server claiming the
     * same reminder at the same moment breaks the database's primary key at flush or commit, which rolls back the
     * later transaction: send the reminder only after the claim's transaction committed, and a reminder goes out at
     * most once.
     */
    boolean claimReminder(AppointmentId id, String channels, java.time.Instant at);
}
