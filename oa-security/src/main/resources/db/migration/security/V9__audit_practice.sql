-- OA security schema, version 9: the practice an audit entry belongs to, so that a practice administrator's list
-- and export are narrowed in the database instead of taking the newest entries of every practice and filtering
-- them afterwards. Portable SQL (Derby 10.16 and PostgreSQL 15). NULL for entries written before this version
-- (their hashes do not cover a practice, so none is filled in: a search by practice takes them by their account)
-- and for entries that belong to no practice (a patient's account, an unknown username).
ALTER TABLE audit_entry ADD COLUMN practice_id CHAR(36);

CREATE INDEX audit_entry_practice_ix ON audit_entry (practice_id, seq);
