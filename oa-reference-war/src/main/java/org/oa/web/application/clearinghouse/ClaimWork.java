package org.oa.web.application.clearinghouse;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimFrequency;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ClaimOrder;
import org.oa.core.claim.ClaimPage;
import org.oa.core.claim.ClaimRepository;
import org.oa.core.claim.ClaimSearch;
import org.oa.core.claim.PatientMatcher;
import org.oa.core.claim.StoredClaim;
import org.oa.core.edit.EditContext;
import org.oa.core.edit.EditFailure;
import org.oa.core.edit.FrontEndEdits;
import org.oa.core.lifecycle.ClaimLifecycle;
import org.oa.core.lifecycle.ClaimStatus;
import org.oa.core.patient.PatientId;
import org.oa.core.practice.PracticeId;
import org.oa.core.submission.ClaimIntake;
import org.oa.web.application.Repositories;
import org.oa.web.application.audit.PatientDataAudit;
import org.oa.web.application.payer.PayerCatalog;

/**
 * Claims worked in the portal: Manage Claims searches, the live check of the claim form, Claim Fix (correct
 * a rejected claim and send it again without re-uploading) and Online Claim Entry. A claim typed into the form
 * passes exactly the same front-end edits as a claim in an uploaded file.
 */
@ApplicationScoped
public class ClaimWork {

    /** Statuses a claim can be corrected from. */
    public static final List<ClaimStatus> CORRECTABLE = List.of(ClaimStatus.REJECTED, ClaimStatus.PAYER_REJECTED,
            ClaimStatus.CORRECTED);

    @Inject
    Repositories repositories;

    @Inject
    PayerCatalog payerCatalog;

    @Inject
    PatientDataAudit patientDataAudit;

    /** What submitting a form did: the claim's new state, or the errors that stopped it (nothing stored). */
    public record Submitted(StoredClaim claim, List<EditFailure> failures) {
        public boolean accepted() {
            return claim != null;
        }
    }

    @Transactional
    public Optional<StoredClaim> find(PracticeId practice, ClaimId id) {
        return repositories.claims(practice).find(id);
    }

    @Transactional
    public List<StoredClaim> search(PracticeId practice, ClaimSearch search, int limit) {
        return repositories.claims(practice).search(search, limit);
    }

    /** One page of the practice's claims that match {@code search}, in {@code order}, with the total. */
    @Transactional
    public ClaimPage page(PracticeId practice, ClaimSearch search, ClaimOrder order, int offset, int limit) {
        return repositories.claims(practice).page(search, order, offset, limit);
    }

    @Transactional
    public Map<ClaimStatus, Long> countByStatus(PracticeId practice) {
        return repositories.claims(practice).countByStatus();
    }

    /** Runs the front-end edits on a claim of the practice (the live check; nothing is stored). */
    @Transactional
    public List<EditFailure> check(Claim claim) {
        return FrontEndEdits.standard().run(claim, context(repository(claim.practiceId())));
    }

    /**
     * Claim Fix: replaces a rejected claim's content and sends it again (CORRECTED, then ACCEPTED) when it passes
     * the edits; otherwise nothing changes and the failures come back.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Submitted resubmit(Claim corrected, String actor) {
        ClaimRepository claims = repository(corrected.practiceId());
        StoredClaim stored = claims.find(corrected.id()).orElseThrow(() -> new IllegalArgumentException(
                "no such claim in this practice"));
        if (!CORRECTABLE.contains(stored.lifecycle().status())) {
            throw new IllegalStateException("only rejected claims can be corrected");
        }
        List<EditFailure> failures = FrontEndEdits.standard().run(corrected, context(claims));
        if (FrontEndEdits.rejects(failures)) {
            return new Submitted(null, failures);
        }
        Instant now = Instant.now();
        ClaimLifecycle lifecycle = stored.lifecycle();
        if (lifecycle.status() != ClaimStatus.CORRECTED) {
            lifecycle = lifecycle.moveOrThrow(ClaimStatus.CORRECTED, now, actor, "Claim Fix");
        }
        lifecycle = lifecycle.moveOrThrow(ClaimStatus.ACCEPTED, now, "front-end-edits", "");
        claims.replace(corrected);
        claims.updateLifecycle(lifecycle);
        // Correcting keeps the claim's link to its patient record.
        return new Submitted(new StoredClaim(corrected, lifecycle, stored.submissionFile(),
                stored.payerClaimNumber(), stored.patientRecordId()), failures);
    }

    /**
     * Online Claim Entry: stores a new claim as accepted when it passes the edits; otherwise nothing is stored and
     * the failures come back. A replacement or void claim is linked to its original by the payer's claim number.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Submitted enter(Claim claim, String actor) {
        ClaimRepository claims = repository(claim.practiceId());
        List<EditFailure> failures = new ArrayList<>(FrontEndEdits.standard().run(claim, context(claims)));
        ClaimFrequency frequency = claim.frequency().orElse(ClaimFrequency.ORIGINAL);
        ClaimId original = null;
        if (frequency.refersToOriginal() && !claim.originalClaimNumber().isBlank()) {
            original = claims.originalClaims().findByPayerClaimNumber(claim.practiceId(),
                    claim.originalClaimNumber());
            if (original == null) {
                failures.add(ClaimIntake.ORIGINAL_NOT_FOUND);
            }
        }
        if (FrontEndEdits.rejects(failures)) {
            return new Submitted(null, failures);
        }
        Instant now = Instant.now();
        ClaimLifecycle lifecycle = original == null
                ? ClaimLifecycle.received(claim.id(), now, actor, "Online Claim Entry")
                : ClaimLifecycle.receivedFor(claim.id(), frequency, original, now, actor, "Online Claim Entry");
        lifecycle = lifecycle.moveOrThrow(ClaimStatus.ACCEPTED, now, "front-end-edits", "");
        // Linked to the practice's patient record as an 837's claims are: member ID, birth date and last name
        // matching exactly one patient; otherwise unlinked (a claim never creates a patient).
        Set<PatientId> compared = new LinkedHashSet<>();
        PatientId patient = new PatientMatcher(repositories.patients(claim.practiceId(),
                event -> compared.add(event.patientId()))).match(claim).patientId();
        claims.addAll(List.of(new ClaimRepository.NewClaim(claim, lifecycle, patient)), null);
        patientDataAudit.claimEntryMatched(claim.practiceId(), claim.id(), actor, compared);
        return new Submitted(new StoredClaim(claim, lifecycle, null, "", patient), failures);
    }

    private ClaimRepository repository(PracticeId practice) {
        return repositories.claims(practice);
    }

    private EditContext context(ClaimRepository claims) {
        return new EditContext(Clock.systemUTC(), payerCatalog.current(),
                repositories.enrollments(claims.practiceId()).toEnrollments(), claims.history());
    }
}
