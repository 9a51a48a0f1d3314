package org.oa.web.application.practice;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oa.core.practice.PracticeId;
import org.oa.web.application.Mail;
import org.oa.web.application.TextMessages;

/**
 * Reminds patients of their appointments {@code oa.reminders.hours-ahead} hours ahead (24 by default) by e-mail
 * and text message, through the deployment's mail and SMS senders (demo outboxes unless configured). A reminder
 * says the practice's name, the day and time and the office's phone, nothing else: no provider, no type of visit,
 * no patient name. Each appointment is reminded at most once: its reminder is claimed in the database first (see
 * {@link PracticeSchedule#claimReminder}), also with several servers; one that cannot be sent is not retried.
 * Runs every {@code oa.reminders.poll-millis} (60 s); {@code oa.reminders.enabled=false} turns it off.
 */
@ApplicationScoped
public class AppointmentReminders {

    private static final Logger LOG = System.getLogger(AppointmentReminders.class.getName());

    @Inject
    PracticeSchedule schedule;

    @Inject
    Mail mail;

    @Inject
    TextMessages texts;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "oa.reminders.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "oa.reminders.hours-ahead", defaultValue = "24")
    int hoursAhead;

    @Inject
    @ConfigProperty(name = "oa.reminders.poll-millis", defaultValue = "60000")
    long pollMillis;

    Clock clock = Clock.systemUTC();

    private ScheduledFuture<?> task;

    /** What one run did: reminders claimed, e-mails and texts sent, and those that could not be sent. */
    public record Run(int reminded, int emails, int texts, int failed) {
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 3100) @Initialized(ApplicationScoped.class)
                 Object event) {
        synchronized (this) {
            if (enabled && task == null && scheduler != null) {
                task = scheduler.scheduleWithFixedDelay(this::runQuietly, pollMillis, pollMillis,
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    void onStop(@Observes @Destroyed(ApplicationScoped.class) Object event) {
        synchronized (this) {
            if (task != null) {
                task.cancel(false);
                task = null;
            }
        }
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Sending appointment reminders failed this time; it runs again: " + e);
        }
    }

    /** Sends the reminders due now, for every practice. Not concurrent with itself. */
    public synchronized Run runOnce() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(schedule.zone()));
        LocalDateTime until = now.plusHours(hoursAhead);
        int reminded = 0;
        int emails = 0;
        int sms = 0;
        int failed = 0;
        for (PracticeId practice : schedule.practiceIds()) {
            for (PracticeSchedule.Reminder r : schedule.remindersDue(practice, now, until)) {
                List<String> channels = new ArrayList<>();
                if (r.email() != null) {
                    channels.add("email");
                }
                if (r.mobile() != null) {
                    channels.add("sms");
                }
                boolean claimed;
                try {
                    claimed = schedule.claimReminder(practice, r.appointment(),
                            channels.isEmpty() ? "none" : String.join(",", channels));
                } catch (RuntimeException e) {
                    // Another server claimed it at the same moment (its row broke our primary key).
                    claimed = false;
                }
                if (!claimed) {
                    continue;
                }
                reminded++;
                String text = text(r);
                if (r.email() != null) {
                    if (mail.send(r.email(), "Appointment reminder from " + r.practiceName(), text)) {
                        emails++;
                    } else {
                        failed++;
                    }
                }
                if (r.mobile() != null) {
                    if (texts.send(r.mobile(), text)) {
                        sms++;
                    } else {
                        failed++;
                    }
                }
            }
        }
        if (reminded > 0) {
            LOG.log(Level.INFO, "Appointment reminders: {0} appointments, {1} e-mails, {2} texts, {3} not sent",
                    reminded, emails, sms, failed);
        }
        return new Run(reminded, emails, sms, failed);
    }

    /** The reminder's words: the practice, the day and time, the office's phone; nothing about the patient. */
    static String text(PracticeSchedule.Reminder r) {
        return "Reminder from " + r.practiceName() + ": you have an appointment on "
                + PracticeSchedule.spoken(r.start()) + "." + (r.officePhone() == null ? ""
                : " To change it, call " + phone(r.officePhone()) + ".");
    }

    private static String phone(String digits) {
        return digits.length() == 10 ? digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-"
                + digits.substring(6) : digits;
    }
}
