-- OA security schema, version 8: a mobile phone number per account for sign-in codes by text message.
-- Portable SQL (Derby 10.16 and PostgreSQL 15). Numbers are E.164 ('+' and up to 15 digits). phone is the
-- confirmed number (NULL until one is confirmed); pending_phone waits for the confirmation code texted to it,
-- whose salted SHA-256 hash, expiry and tries are kept beside it. sent_at throttles the confirmation texts.
CREATE TABLE account_phone (
    account_id    CHAR(36)    NOT NULL,
    phone         VARCHAR(16),
    confirmed_at  BIGINT,
    pending_phone VARCHAR(16),
    salt          CHAR(32),
    code_hash     CHAR(64),
    sent_at       BIGINT,
    expires_at    BIGINT,
    attempts      INTEGER     DEFAULT 0 NOT NULL,
    CONSTRAINT account_phone_pk PRIMARY KEY (account_id),
    CONSTRAINT account_phone_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
