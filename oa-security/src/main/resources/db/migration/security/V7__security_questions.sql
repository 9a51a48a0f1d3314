-- OA security schema, version 7: security questions, an extra factor of the password reset (never the only one).
-- Portable SQL (Derby 10.16 and PostgreSQL 15). Answers are normalised and stored only as argon2id PHC strings,
-- each with its own salt; question_id names a line of the shipped list. A reset link counts wrong answers in
-- question_failures and records when its questions were answered in questions_passed_at.
CREATE TABLE security_answer (
    account_id  CHAR(36)     NOT NULL,
    slot        INTEGER      NOT NULL,
    question_id VARCHAR(40)  NOT NULL,
    answer_hash VARCHAR(512) NOT NULL,
    set_at      BIGINT       NOT NULL,
    CONSTRAINT security_answer_pk PRIMARY KEY (account_id, slot),
    CONSTRAINT security_answer_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

ALTER TABLE reset_token ADD COLUMN question_failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE reset_token ADD COLUMN questions_passed_at BIGINT;
