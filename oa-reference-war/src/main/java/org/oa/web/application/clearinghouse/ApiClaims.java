package org.oa.web.application.clearinghouse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.StoredClaim;
import org.oa.core.practice.PracticeId;
import org.oa.core.submission.SubmissionChannel;
import org.oa.edi.claims.ClaimFileWriter;
import org.oa.web.application.Repositories;
import org.oa.web.application.payer.PayerBatches;
import org.oa.web.application.payer.PayerCatalog;

/**
 * Claims of the REST API: claims sent as JSON are written as one 837 per payer-less batch and go through the same
 * pipeline as an uploaded file ({@link ClaimSubmissions}), so they meet exactly the same edits and leave the same
 * File Summary and acknowledgments; and a claim's status and history, read within its practice only.
 */
@ApplicationScoped
public class ApiClaims {

    @Inject
    Repositories repositories;

    @Inject
    ClaimSubmissions submissions;

    @Inject
    PayerCatalog payerCatalog;

    /** A claim of the practice with its lifecycle; empty for an unknown claim or one of another practice. */
    @Transactional
    public Optional<StoredClaim> find(PracticeId practice, ClaimId id) {
        return repositories.claims(practice).find(id);
    }

    /**
     * Writes claims of one payer (at least one) as one 837 interchange with a fresh control number, as the
     * practice's software would send it. Refuses claims X12 cannot carry with {@link IllegalArgumentException}
     * (whose message names no claim data), before anything is stored.
     */
    public byte[] claimFile(List<Claim> claims) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long control = freshControlNumber();
        ClaimFileWriter.forPayers(payerCatalog.current()).write(claims, new ClaimFileWriter.Envelope(
                PayerBatches.SUBMITTER, "", control, control,
                LocalDateTime.now(ZoneOffset.UTC).withNano(0), false), out);
        return out.toByteArray();
    }

    /** Receives an 837 written by {@link #claimFile} through the API door of the one pipeline. */
    public ClaimSubmissions.Outcome receive(PracticeId practice, String name, byte[] claimFile) {
        return submissions.receive(practice, name, SubmissionChannel.API, new ByteArrayInputStream(claimFile));
    }

    private static long freshControlNumber() {
        return Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 999_999_998L) + 1;
    }
}
