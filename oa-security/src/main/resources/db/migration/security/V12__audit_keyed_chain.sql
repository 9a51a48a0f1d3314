-- How each audit entry's hash was made: 0 = SHA-256 (entries written before the chain was keyed, or by a
-- deployment without an audit key), 1 = HMAC-SHA-256 with a key held outside the database. Existing rows are 0.
ALTER TABLE audit_entry ADD COLUMN hash_scheme SMALLINT DEFAULT 0 NOT NULL;
