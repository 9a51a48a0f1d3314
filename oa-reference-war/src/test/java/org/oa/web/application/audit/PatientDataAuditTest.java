package org.oa.web.application.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import org.oa.core.claim.Claim;
import org.oa.core.claim.StoredClaim;
import org.oa.core.lifecycle.ClaimLifecycle;
import org.oa.security.OaSecurity;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEntry;
import org.oa.security.audit.AuditQuery;
import org.oa.security.password.Argon2Parameters;
import org.oa.web.infrastructure.payer.SyntheticClaims;

class PatientDataAuditTest {

    private static final String ACCOUNT = "0b0b0b0b-0000-4000-8000-000000000009";

    private final Claim claim = SyntheticClaims.officeVisit(1, "PCN-1001", "XQZ100000001");
    private final StoredClaim stored = new StoredClaim(claim,
            ClaimLifecycle.received(claim.id(), Instant.parse("2026-11-02T09:30:00Z"), "demo.biller", "entered"),
            null, null);

    private static PatientDataAudit audit(boolean migrated) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:patient-audit-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        OaSecurity security = OaSecurity.builder().dataSource(dataSource)
                .hashParameters(new Argon2Parameters(256, 1, 1)).build();
        if (migrated) {
            security.migrate();
        }
        PatientDataAudit audit = new PatientDataAudit();
        audit.security = security;
        return audit;
    }

    @Test
    void aStoredChangeIsRecordedWithThePatientAndTheClaimsPractice() {
        PatientDataAudit audit = audit(true);
        assertThat(audit.claimChanged(ACCOUNT, Portal.SERVICE_CENTER, stored, "Claim Fix (resubmitted)")).isTrue();
        AuditEntry entry = audit.security.audit().search(new AuditQuery(AccountId.parse(ACCOUNT),
                AuditAction.PATIENT_DATA_CHANGED, null, null, 10)).get(0);
        assertThat(entry.patient()).isEqualTo(claim.patient().id().value().toString());
        assertThat(entry.practice()).isEqualTo(claim.practiceId().value());
        assertThat(entry.detail()).isEqualTo("claim " + claim.id() + " via Claim Fix (resubmitted)");
    }

    @Test
    void theRepositoryListenerRecordsEachChangeAndEachKindOfReadOncePerUnitOfWork() {
        PatientDataAudit audit = audit(true);
        org.oa.core.practice.PracticeId practice = org.oa.core.practice.PracticeId.random();
        org.oa.core.patient.PatientId patient = org.oa.core.patient.PatientId.random();
        org.oa.core.patient.PatientRecordListener listener = audit.listener(ACCOUNT, Portal.PRACTICE_MATE,
                "Patient page");
        for (org.oa.core.patient.PatientRecordAction action : List.of(
                org.oa.core.patient.PatientRecordAction.VIEWED, org.oa.core.patient.PatientRecordAction.VIEWED,
                org.oa.core.patient.PatientRecordAction.COVERAGE_VIEWED,
                org.oa.core.patient.PatientRecordAction.UPDATED, org.oa.core.patient.PatientRecordAction.UPDATED)) {
            listener.onEvent(new org.oa.core.patient.PatientRecordEvent(practice, patient, action,
                    action.isChange() ? "address,phones" : ""));
        }
        List<AuditEntry> entries = audit.security.audit().search(new AuditQuery(AccountId.parse(ACCOUNT),
                patient.toString(), null, null, null, 10));
        assertThat(entries).extracting(AuditEntry::action, AuditEntry::detail).containsExactly(
                org.assertj.core.api.Assertions.tuple(AuditAction.PATIENT_DATA_VIEWED, "record viewed via Patient page"),
                org.assertj.core.api.Assertions.tuple(AuditAction.PATIENT_DATA_VIEWED,
                        "coverages viewed via Patient page"),
                org.assertj.core.api.Assertions.tuple(AuditAction.PATIENT_DATA_CHANGED,
                        "record changed: address,phones via Patient page"),
                org.assertj.core.api.Assertions.tuple(AuditAction.PATIENT_DATA_CHANGED,
                        "record changed: address,phones via Patient page"));
        assertThat(entries).allSatisfy(e -> assertThat(e.practice()).isEqualTo(practice.value()));
    }

    @Test
    void aClaimLinkedToAPatientRecordIsAuditedUnderTheRecordsId() {
        PatientDataAudit audit = audit(true);
        org.oa.core.patient.PatientId record = org.oa.core.patient.PatientId.random();
        audit.claimViewed(ACCOUNT, Portal.SERVICE_CENTER, new StoredClaim(claim, stored.lifecycle(), null, "",
                record), "Claim page");
        assertThat(audit.security.audit().search(new AuditQuery(null, record.toString(), null, null, null, 10)))
                .extracting(AuditEntry::detail).containsExactly("claim " + claim.id() + " via Claim page");
    }

    @Test
    void aChangeThatCannotBeAuditedIsReportedNotThrownButAViewStillFails() {
        // No schema: every audit write fails, as when the security database is unreachable.
        PatientDataAudit audit = audit(false);
        assertThat(audit.claimChanged(ACCOUNT, Portal.SERVICE_CENTER, stored, "Online Claim Entry (new claim)"))
                .isFalse();
        assertThatThrownBy(() -> audit.claimViewed(ACCOUNT, Portal.SERVICE_CENTER, stored, "Claim page"))
                .isInstanceOf(RuntimeException.class);
    }
}
