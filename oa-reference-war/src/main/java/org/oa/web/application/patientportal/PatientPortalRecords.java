package org.oa.web.application.patientportal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.core.identifier.MemberId;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientRecordListener;
import org.oa.core.patient.PatientRepository;
import org.oa.core.payer.Payer;
import org.oa.core.payer.PayerList;
import org.oa.core.practice.PracticeId;
import org.oa.security.OaSecurity;
import org.oa.security.account.AccountId;
import org.oa.security.account.PatientRecordLink;
import org.oa.security.account.Portal;
import org.oa.web.application.Repositories;
import org.oa.web.application.audit.PatientDataAudit;
import org.oa.web.application.payer.PayerCatalog;

/**
 * Patient Ally's view of the practice record: the signed-in patient's own record and nothing else. Which record
 * that is comes only from the account's link ({@link org.oa.security.account.PatientRecordLinks}), never from the
 * request, so no patient can name another patient's record. Every read is in the audit trail with the patient's
 * ID ({@link PatientDataAudit#listener}).
 */
@ApplicationScoped
public class PatientPortalRecords {

    @Inject
    OaSecurity security;

    @Inject
    PatientDataAudit audit;

    @Inject
    PayerCatalog payerCatalog;

    @Inject
    Repositories repositories;

    /**
     * A patient's own record as Patient Ally shows it.
     *
     * @param patient   the record
     * @param coverages the coverages in effect today (in the server's time zone: practices have none of their own
     *                  yet), primary first
     */
    public record OwnRecord(PatientRecord patient, List<OwnCoverage> coverages) {
        public OwnRecord {
            Objects.requireNonNull(patient, "patient");
            coverages = List.copyOf(coverages);
        }
    }

    /**
     * One coverage of the patient's.
     *
     * @param payerName the payer's name from the payer list (its ID when the list no longer has it)
     * @param memberId  the member ID as on the card
     * @param priority  primary, secondary or tertiary
     */
    public record OwnCoverage(String payerName, MemberId memberId, CoveragePriority priority) {
    }

    /**
     * The record linked to the signed-in patient's account, read on {@code page}; empty when the practice has
     * linked none (or the linked record is gone). The read and the coverage read are audited before they are
     * returned; a failing audit write fails the call. Only reads, so no transaction: the security library writes
     * the audit entries on its own connection, as it asks, not inside a container transaction.
     */
    public Optional<OwnRecord> ownRecord(String accountId, String page) {
        Optional<PatientRecordLink> link = security.patientRecordLinks().find(AccountId.parse(accountId));
        if (link.isEmpty()) {
            return Optional.empty();
        }
        PracticeId practice = new PracticeId(link.get().practiceId());
        PatientId patientId = new PatientId(link.get().patientId());
        PatientRecordListener listener = audit.listener(accountId, Portal.PATIENT, page);
        PatientRepository patients = repositories.patients(practice, listener);
        Optional<PatientRecord> patient = patients.find(patientId);
        if (patient.isEmpty()) {
            return Optional.empty();
        }
        PayerList payers = payerCatalog.current();
        List<OwnCoverage> coverages = repositories.coverages(practice, listener)
                .findInEffect(patientId, LocalDate.now()).stream()
                .map(c -> coverage(c, payers)).toList();
        return Optional.of(new OwnRecord(patient.get(), coverages));
    }

    private static OwnCoverage coverage(CoverageRecord c, PayerList payers) {
        String name = payers.find(c.payerId()).map(Payer::name).orElse(c.payerId().value());
        return new OwnCoverage(name, c.memberId(), c.priority());
    }
}
