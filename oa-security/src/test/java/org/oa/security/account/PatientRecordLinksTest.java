package org.oa.security.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.security.Fixtures;
import org.oa.security.OaSecurity;
import org.oa.security.TestDatabases;
import org.oa.security.TestDatabases.MutableClock;
import org.oa.security.account.PatientRecordLinks.Outcome;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEntry;
import org.oa.security.audit.AuditQuery;

class PatientRecordLinksTest {

    private static final UUID PATIENT = UUID.fromString("6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
    private static final UUID OTHER_PATIENT = UUID.fromString("0a0b0c0d-1111-4222-8333-444455556666");

    private final MutableClock clock = new MutableClock();
    private OaSecurity security;

    @BeforeEach
    void setUp() {
        security = OaSecurity.builder().dataSource(TestDatabases.derby()).hashParameters(TestDatabases.FAST)
                .clock(clock).build();
        security.migrate();
    }

    @Test
    void aPatientsAccountOpensTheOneRecordItWasLinkedTo() {
        AccountId casey = security.accounts().create(Fixtures.patient("casey.links"));
        assertThat(security.patientRecordLinks().find(casey)).isEmpty();

        assertThat(security.patientRecordLinks().link(casey, Fixtures.PRACTICE, PATIENT)).isEqualTo(Outcome.LINKED);
        assertThat(security.patientRecordLinks().find(casey)).contains(new PatientRecordLink(casey, Fixtures.PRACTICE,
                PATIENT, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
        assertThat(security.patientRecordLinks().link(casey, Fixtures.PRACTICE, PATIENT))
                .as("linking again changes nothing").isEqualTo(Outcome.ALREADY_LINKED);

        assertThat(security.patientRecordLinks().link(casey, Fixtures.PRACTICE, OTHER_PATIENT))
                .isEqualTo(Outcome.LINKED);
        assertThat(security.patientRecordLinks().find(casey)).map(PatientRecordLink::patientId)
                .as("one record per account: the new link replaces the old").contains(OTHER_PATIENT);
        assertThat(security.patientRecordLinks().unlink(casey)).isTrue();
        assertThat(security.patientRecordLinks().unlink(casey)).isFalse();
        assertThat(security.patientRecordLinks().find(casey)).isEmpty();
    }

    @Test
    void onlyAPatientsOwnAccountCanBeLinked() {
        AccountId biller = security.accounts().create(Fixtures.staff("biller.links", Role.BILLER));
        assertThat(security.patientRecordLinks().link(biller, Fixtures.PRACTICE, PATIENT))
                .isEqualTo(Outcome.NOT_A_PATIENT_ACCOUNT);
        assertThat(security.patientRecordLinks().link(AccountId.random(), Fixtures.PRACTICE, PATIENT))
                .isEqualTo(Outcome.NOT_A_PATIENT_ACCOUNT);
        assertThat(security.patientRecordLinks().find(biller)).isEmpty();
    }

    @Test
    void everyLinkAndUnlinkIsAuditedWithThePatientInTheRecordsPractice() {
        AccountId casey = security.accounts().create(Fixtures.patient("casey.audit"));
        security.patientRecordLinks().link(casey, Fixtures.PRACTICE, PATIENT);
        security.patientRecordLinks().link(casey, Fixtures.PRACTICE, PATIENT);
        security.patientRecordLinks().link(casey, Fixtures.PRACTICE, OTHER_PATIENT);
        security.patientRecordLinks().unlink(casey);

        assertThat(security.audit().search(new AuditQuery(casey, null, null, null, null, 10, Fixtures.PRACTICE)))
                .extracting(AuditEntry::action, AuditEntry::patient)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(AuditAction.PATIENT_RECORD_LINKED, PATIENT.toString()),
                        org.assertj.core.api.Assertions.tuple(AuditAction.PATIENT_RECORD_UNLINKED, PATIENT.toString()),
                        org.assertj.core.api.Assertions.tuple(AuditAction.PATIENT_RECORD_LINKED,
                                OTHER_PATIENT.toString()),
                        org.assertj.core.api.Assertions.tuple(AuditAction.PATIENT_RECORD_UNLINKED,
                                OTHER_PATIENT.toString()));
        assertThat(security.audit().verify().intact()).isTrue();
    }
}
