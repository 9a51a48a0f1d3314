-- Appointment reminders sent: one row per appointment, written in the transaction that claims the reminder and
-- before it is sent, so that a reminder goes out at most once, also with several servers on one database (the
-- second claim breaks the primary key and its transaction rolls back). SENT_AT_MILLIS is UTC epoch milliseconds.
-- Portable SQL: Derby 10.16 and PostgreSQL 15.
CREATE TABLE APPOINTMENT_REMINDER (
    APPOINTMENT_ID CHAR(36)    NOT NULL PRIMARY KEY REFERENCES APPOINTMENT (ID),
    CHANNELS       VARCHAR(20) NOT NULL,
    SENT_AT_MILLIS BIGINT      NOT NULL
);
