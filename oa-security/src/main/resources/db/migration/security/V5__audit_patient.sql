-- OA security schema, version 5: an optional patient reference on audit entries, so that every view or change of
-- patient data can be found by patient. Portable SQL (Derby 10.16 and PostgreSQL 15). The column holds the
-- patient's UUID (never a name, a birth date or a member ID); NULL for every entry that is not about a patient,
-- including all entries written before this version, whose hashes therefore stay valid.
ALTER TABLE audit_entry ADD COLUMN patient_id CHAR(36);

CREATE INDEX audit_entry_patient_ix ON audit_entry (patient_id, seq);
