-- OA security schema, version 3: the audit chain's head. Appends lock this one row, so that nodes take
-- turns instead of racing, and verify() can tell when entries were cut off the end of the chain.
CREATE TABLE audit_head (
    id         INTEGER  NOT NULL,
    seq        BIGINT   NOT NULL,
    entry_hash CHAR(64) NOT NULL,
    CONSTRAINT audit_head_pk PRIMARY KEY (id)
);

INSERT INTO audit_head (id, seq, entry_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

UPDATE audit_head
   SET seq = (SELECT MAX(seq) FROM audit_entry),
       entry_hash = (SELECT e.entry_hash FROM audit_entry e WHERE e.seq = (SELECT MAX(seq) FROM audit_entry))
 WHERE id = 1 AND EXISTS (SELECT 1 FROM audit_entry);
