-- OA security schema, version 4: per-practice API tokens for the REST API. Portable SQL (Derby 10.16 and
-- PostgreSQL 15). Tokens hold 256 random bits and are stored only as their SHA-256 hex, found by that hash.
-- created_by is NULL for tokens the operator provisioned (demo data); revoked tokens stay for the audit trail.
CREATE TABLE api_token (
    id           CHAR(36)     NOT NULL,
    practice_id  CHAR(36)     NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    label        VARCHAR(100) NOT NULL,
    created_by   CHAR(36),
    created_at   BIGINT       NOT NULL,
    last_used_at BIGINT,
    revoked_at   BIGINT,
    CONSTRAINT api_token_pk PRIMARY KEY (id),
    CONSTRAINT api_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT api_token_created_by_fk FOREIGN KEY (created_by) REFERENCES account (id)
);

CREATE INDEX api_token_practice_ix ON api_token (practice_id, created_at);
