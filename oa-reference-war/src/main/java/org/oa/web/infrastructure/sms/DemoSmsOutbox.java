package org.oa.web.infrastructure.sms;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Keeps the newest text messages in memory instead of sending them (demo mode). Thread-safe. */
public final class DemoSmsOutbox implements SmsGateway {

    private final int capacity;
    private final Clock clock;
    private final Deque<OutgoingSms> messages = new ArrayDeque<>();

    /**
     * @param capacity how many messages to keep; older ones are dropped
     * @param clock    stamps the messages
     */
    public DemoSmsOutbox(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public void send(String to, String text) {
        OutgoingSms message = new OutgoingSms(to, text, clock.instant());
        synchronized (messages) {
            messages.addFirst(message);
            while (messages.size() > capacity) {
                messages.removeLast();
            }
        }
    }

    /** @return the kept messages, newest first */
    public List<OutgoingSms> messages() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }
}
