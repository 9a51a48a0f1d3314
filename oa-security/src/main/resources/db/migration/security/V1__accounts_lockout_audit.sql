-- OA security schema, version 1. Portable SQL: runs unchanged on Derby 10.16 and PostgreSQL 15.
-- Flyway runs it with the OA_SECURITY schema (or the configured one) as the current schema.
-- Instants are epoch milliseconds (BIGINT) so that no time zone conversion ever happens.

CREATE TABLE account (
    id                  CHAR(36)     NOT NULL,
    username            VARCHAR(256) NOT NULL,
    display_name        VARCHAR(200) NOT NULL,
    email               VARCHAR(320) NOT NULL,
    practice_id         CHAR(36),
    roles               VARCHAR(200) NOT NULL,
    disabled            SMALLINT     DEFAULT 0 NOT NULL,
    password_hash       VARCHAR(512) NOT NULL,
    failed_attempts     INTEGER      DEFAULT 0 NOT NULL,
    lock_count          INTEGER      DEFAULT 0 NOT NULL,
    locked_until        BIGINT,
    last_attempt_at     BIGINT,
    created_at          BIGINT       NOT NULL,
    password_changed_at BIGINT       NOT NULL,
    CONSTRAINT account_pk PRIMARY KEY (id),
    CONSTRAINT account_username_uk UNIQUE (username)
);

CREATE INDEX account_practice_ix ON account (practice_id);

CREATE TABLE password_history (
    id            CHAR(36)     NOT NULL,
    account_id    CHAR(36)     NOT NULL,
    changed_at    BIGINT       NOT NULL,
    password_hash VARCHAR(512) NOT NULL,
    CONSTRAINT password_history_pk PRIMARY KEY (id),
    CONSTRAINT password_history_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX password_history_account_ix ON password_history (account_id, changed_at);

CREATE TABLE practice_security (
    practice_id         CHAR(36)      NOT NULL,
    practice_name       VARCHAR(200)  NOT NULL,
    npis                VARCHAR(4000) NOT NULL,
    tax_id              VARCHAR(20),
    lock_threshold      INTEGER       NOT NULL,
    lock_first_seconds  BIGINT        NOT NULL,
    lock_repeat_seconds BIGINT        NOT NULL,
    password_min        INTEGER       NOT NULL,
    password_max        INTEGER       NOT NULL,
    password_compose    SMALLINT      NOT NULL,
    password_history    INTEGER       NOT NULL,
    CONSTRAINT practice_security_pk PRIMARY KEY (practice_id)
);

CREATE TABLE audit_entry (
    seq         BIGINT       NOT NULL,
    occurred_at BIGINT       NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    account_id  CHAR(36),
    portal      VARCHAR(20),
    detail      VARCHAR(200) NOT NULL,
    prev_hash   CHAR(64)     NOT NULL,
    entry_hash  CHAR(64)     NOT NULL,
    CONSTRAINT audit_entry_pk PRIMARY KEY (seq)
);

CREATE INDEX audit_entry_account_ix ON audit_entry (account_id, seq);
CREATE INDEX audit_entry_time_ix ON audit_entry (occurred_at);
