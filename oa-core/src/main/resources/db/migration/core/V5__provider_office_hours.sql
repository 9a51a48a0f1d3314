-- Providers' weekly office hours: when and at which of the practice's locations a provider sees patients (what
-- the schedule offers). DAY_OF_WEEK is ISO (1 = Monday); START_MINUTE and END_MINUTE count minutes since
-- midnight, local to the location, so no driver converts them between time zones. Portable SQL: Derby 10.16 and
-- PostgreSQL 15.
CREATE TABLE PRACTICE_PROVIDER_HOURS (
    PROVIDER_ID  CHAR(36) NOT NULL REFERENCES PRACTICE_PROVIDER (ID),
    POSITION     INTEGER  NOT NULL,
    DAY_OF_WEEK  SMALLINT NOT NULL,
    START_MINUTE SMALLINT NOT NULL,
    END_MINUTE   SMALLINT NOT NULL,
    LOCATION_ID  CHAR(36) NOT NULL REFERENCES PRACTICE_LOCATION (ID),
    CONSTRAINT PRACTICE_PROVIDER_HOURS_PK PRIMARY KEY (PROVIDER_ID, POSITION),
    CONSTRAINT PRACTICE_PROVIDER_HOURS_DAY CHECK (DAY_OF_WEEK BETWEEN 1 AND 7),
    CONSTRAINT PRACTICE_PROVIDER_HOURS_TIMES CHECK (START_MINUTE >= 0 AND START_MINUTE < END_MINUTE
        AND END_MINUTE <= 1440)
);

-- Derby already backs the foreign key with this index (and skips it as a duplicate); PostgreSQL needs it.
CREATE INDEX PRACTICE_PROVIDER_HOURS_LOCATION ON PRACTICE_PROVIDER_HOURS (LOCATION_ID);
