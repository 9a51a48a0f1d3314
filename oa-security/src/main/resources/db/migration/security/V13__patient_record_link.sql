-- OA security schema, version 13: which patient record a patient's portal account opens. At most one per account;
-- the record (practice and patient IDs) lives in the practice record, outside this schema, so there is no
-- foreign key to it. Portable SQL (Derby 10.16 and PostgreSQL 15); linked_at is epoch milliseconds.
CREATE TABLE patient_record_link (
    account_id  CHAR(36) NOT NULL,
    practice_id CHAR(36) NOT NULL,
    patient_id  CHAR(36) NOT NULL,
    linked_at   BIGINT   NOT NULL,
    CONSTRAINT patient_record_link_pk PRIMARY KEY (account_id),
    CONSTRAINT patient_record_link_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
);

CREATE INDEX patient_record_link_patient_ix ON patient_record_link (practice_id, patient_id);
