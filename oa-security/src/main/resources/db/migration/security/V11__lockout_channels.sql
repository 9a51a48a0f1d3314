-- OA security schema, version 11: the lockout counter stays one per account, shared by every channel, but it now
-- remembers how many of its failures came from second-factor codes and from SFTP logins, so that a success through
-- one channel clears only that channel's failures (a good SFTP login no longer wipes wrong web passwords, and a
-- right password no longer wipes wrong codes). Password failures are failed_attempts - code_failures -
-- sftp_failures. Portable SQL (Derby 10.16 and PostgreSQL 15).
ALTER TABLE account ADD COLUMN code_failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN sftp_failures INTEGER DEFAULT 0 NOT NULL;
