package org.oa.web.application.payer;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.oa.core.identifier.PayerId;
import org.oa.core.payer.Enrollment;
import org.oa.core.payer.EnrollmentRepository;
import org.oa.core.payer.EnrollmentStatus;
import org.oa.core.payer.Payer;
import org.oa.core.payer.TransactionType;
import org.oa.core.practice.PracticeId;
import org.oa.web.application.Repositories;

/**
 * A practice's enrollments with the payers that require one: where each stands, and requesting one. A claim for
 * a payer that requires enrollment is rejected by the front-end edits until the enrollment is approved.
 */
@ApplicationScoped
public class EnrollmentRequests {

    @Inject
    Repositories repositories;

    @Inject
    PayerCatalog payerCatalog;

    /**
     * One payer transaction that requires enrollment, with the practice's enrollment for it.
     *
     * @param status {@code NOT_REQUESTED} or an {@link EnrollmentStatus} name
     */
    public record Row(String payerId, String payerName, String transaction, String transactionCode, String status,
                      String statusDate, String note, String payerNotes) {
        /** Whether the practice can ask (again). */
        public boolean requestable() {
            return "NOT_REQUESTED".equals(status) || EnrollmentStatus.REJECTED.name().equals(status);
        }
    }

    /** Every payer transaction that requires enrollment, with the practice's status. */
    @Transactional
    public List<Row> list(PracticeId practice) {
        EnrollmentRepository enrollments = repositories.enrollments(practice);
        List<Row> rows = new ArrayList<>();
        for (Payer payer : payerCatalog.current().payers()) {
            for (TransactionType t : TransactionType.values()) {
                if (!payer.enrollmentRequired().contains(t)) {
                    continue;
                }
                Optional<Enrollment> e = enrollments.find(payer.id(), t);
                rows.add(new Row(payer.id().value(), payer.name(), t.label(), t.name(),
                        e.map(x -> x.status().name()).orElse("NOT_REQUESTED"),
                        e.map(x -> x.statusDate().toString()).orElse(""), e.map(Enrollment::note).orElse(""),
                        payer.notes()));
            }
        }
        return rows;
    }

    /**
     * Requests enrollment for one payer transaction; returns false when the payer does not require it or a request
     * is already pending or approved.
     */
    @Transactional
    public boolean request(PracticeId practice, PayerId payerId, TransactionType transaction) {
        Optional<Payer> payer = payerCatalog.current().find(payerId);
        if (payer.isEmpty() || !payer.get().enrollmentRequired().contains(transaction)) {
            return false;
        }
        EnrollmentRepository enrollments = repositories.enrollments(practice);
        Optional<Enrollment> existing = enrollments.find(payerId, transaction);
        if (existing.isPresent() && existing.get().status() != EnrollmentStatus.REJECTED) {
            return false;
        }
        enrollments.save(new Enrollment(practice, payerId, transaction, EnrollmentStatus.REQUESTED,
                LocalDate.now(ZoneOffset.UTC), "Requested in the Service Center"));
        return true;
    }
}
