/**
 * OA core: the business of a clearinghouse and practice suite in plain Java: practices, patients, payers,
 * claims, the front-end edits a claim must pass, the claim lifecycle and the appointment schedule. Persistence
 * is optional: the JPA mapping and migrations are used only when a caller opens
 * {@link org.oa.core.persistence.CorePersistence}.
 */
module org.oa.core {
    requires static transitive jakarta.persistence;
    requires static flyway.core;
    requires transitive java.sql;
    // RFC 5545 recurrence and calendar feeds of the schedule.
    requires ical4j.core;

    exports org.oa.core;
    exports org.oa.core.identifier;
    exports org.oa.core.practice;
    exports org.oa.core.persistence;
    exports org.oa.core.contact;
    exports org.oa.core.patient;
    exports org.oa.core.patient.imports;
    exports org.oa.core.payer;
    exports org.oa.core.claim;
    exports org.oa.core.edit;
    exports org.oa.core.lifecycle;
    exports org.oa.core.remittance;
    exports org.oa.core.submission;
    exports org.oa.core.schedule;

    // JPA providers reflect over the entities.
    opens org.oa.core.internal.persistence;
}
