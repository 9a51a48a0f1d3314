-- The ID a practice's previous system gave a patient, kept by the CSV import so that importing the same file
-- again recognises the patient. Unique per practice when present: both Derby 10.16 and PostgreSQL 15 let a
-- UNIQUE constraint hold any number of rows whose EXTERNAL_ID is NULL. The constraint's index also serves the
-- lookup by practice and external ID. Portable SQL: Derby 10.16 and PostgreSQL 15.
ALTER TABLE PATIENT ADD COLUMN EXTERNAL_ID VARCHAR(50);
ALTER TABLE PATIENT ADD CONSTRAINT PATIENT_EXTERNAL_ID UNIQUE (PRACTICE_ID, EXTERNAL_ID);
