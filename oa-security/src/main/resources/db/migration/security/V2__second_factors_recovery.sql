-- OA security schema, version 2: second factors, password reset, remembered devices, SFTP credentials.
-- Portable SQL (Derby 10.16 and PostgreSQL 15). Secrets that are only compared are stored as SHA-256 hex.

-- secret: the confirmed authenticator secret (Base32) or NULL; pending_secret: an enrolment not yet confirmed.
CREATE TABLE totp_credential (
    account_id     CHAR(36)    NOT NULL,
    secret         VARCHAR(200),
    pending_secret VARCHAR(200),
    last_step      BIGINT      DEFAULT -1 NOT NULL,
    created_at BIGINT      NOT NULL,
    CONSTRAINT totp_credential_pk PRIMARY KEY (account_id),
    CONSTRAINT totp_credential_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE recovery_code (
    id         CHAR(36) NOT NULL,
    account_id CHAR(36) NOT NULL,
    code_hash  CHAR(64) NOT NULL,
    created_at BIGINT   NOT NULL,
    used_at    BIGINT,
    CONSTRAINT recovery_code_pk PRIMARY KEY (id),
    CONSTRAINT recovery_code_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX recovery_code_account_ix ON recovery_code (account_id, code_hash);

CREATE TABLE one_time_code (
    account_id CHAR(36)    NOT NULL,
    channel    VARCHAR(10) NOT NULL,
    salt       CHAR(32)    NOT NULL,
    code_hash  CHAR(64)    NOT NULL,
    sent_at    BIGINT      NOT NULL,
    expires_at BIGINT      NOT NULL,
    attempts   INTEGER     DEFAULT 0 NOT NULL,
    CONSTRAINT one_time_code_pk PRIMARY KEY (account_id),
    CONSTRAINT one_time_code_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE TABLE reset_token (
    token_hash CHAR(64) NOT NULL,
    account_id CHAR(36) NOT NULL,
    created_at BIGINT   NOT NULL,
    expires_at BIGINT   NOT NULL,
    used_at    BIGINT,
    CONSTRAINT reset_token_pk PRIMARY KEY (token_hash),
    CONSTRAINT reset_token_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX reset_token_account_ix ON reset_token (account_id);

CREATE TABLE remembered_device (
    id           CHAR(36)     NOT NULL,
    account_id   CHAR(36)     NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    label        VARCHAR(200) NOT NULL,
    created_at   BIGINT       NOT NULL,
    expires_at   BIGINT       NOT NULL,
    last_used_at BIGINT,
    revoked_at   BIGINT,
    CONSTRAINT remembered_device_pk PRIMARY KEY (id),
    CONSTRAINT remembered_device_token_uk UNIQUE (token_hash),
    CONSTRAINT remembered_device_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX remembered_device_account_ix ON remembered_device (account_id);

-- One SFTP credential per account; failures count on the account's lockout counter.
CREATE TABLE sftp_credential (
    account_id      CHAR(36)     NOT NULL,
    sftp_username   VARCHAR(200)  NOT NULL,
    secret_hash     VARCHAR(512) NOT NULL,
    issued_at       BIGINT       NOT NULL,
    CONSTRAINT sftp_credential_pk PRIMARY KEY (account_id),
    CONSTRAINT sftp_credential_username_uk UNIQUE (sftp_username),
    CONSTRAINT sftp_credential_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
