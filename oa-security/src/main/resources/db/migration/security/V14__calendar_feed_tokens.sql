-- OA security schema, version 14: secret tokens in iCalendar feed URLs, one per account and provider. Portable SQL
-- (Derby 10.16 and PostgreSQL 15). Tokens hold 256 random bits and are stored only as their SHA-256 hex, found by
-- that hash. Regenerating replaces the row's hash (so the old token stops working); revoking deletes the row.
-- The practice comes from the account; issued_at is epoch milliseconds.
CREATE TABLE calendar_feed_token (
    account_id  CHAR(36)    NOT NULL,
    provider_id VARCHAR(64) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    issued_at   BIGINT      NOT NULL,
    CONSTRAINT calendar_feed_token_pk PRIMARY KEY (account_id, provider_id),
    CONSTRAINT calendar_feed_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT calendar_feed_token_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);
