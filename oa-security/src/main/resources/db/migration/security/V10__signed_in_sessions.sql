-- OA security schema, version 10: signed-in web sessions, shared by every node, so that a password change or
-- reset ends the account's other sessions on all nodes and users can list and end their sessions. Portable SQL
-- (Derby 10.16 and PostgreSQL 15). The ID is the registry's own random UUID, never an HTTP session ID; the device
-- is a short browser description, never the full user agent.
CREATE TABLE signed_in_session (
    id           CHAR(36)     NOT NULL,
    account_id   CHAR(36)     NOT NULL,
    portal       VARCHAR(20)  NOT NULL,
    device       VARCHAR(100) NOT NULL,
    started_at   BIGINT       NOT NULL,
    last_seen_at BIGINT       NOT NULL,
    ended_at     BIGINT,
    end_reason   VARCHAR(30),
    CONSTRAINT signed_in_session_pk PRIMARY KEY (id),
    CONSTRAINT signed_in_session_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX signed_in_session_account_ix ON signed_in_session (account_id, ended_at);
CREATE INDEX signed_in_session_seen_ix ON signed_in_session (last_seen_at);
