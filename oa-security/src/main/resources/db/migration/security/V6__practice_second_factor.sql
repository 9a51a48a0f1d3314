-- OA security schema, version 6: a practice may require a second factor in every portal (EHR 24/7 always
-- requires one). Portable SQL (Derby 10.16 and PostgreSQL 15). 0 = optional outside EHR 24/7, 1 = required.
ALTER TABLE practice_security ADD COLUMN second_factor_required SMALLINT DEFAULT 0 NOT NULL;
