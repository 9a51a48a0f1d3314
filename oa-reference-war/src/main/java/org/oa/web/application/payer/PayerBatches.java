package org.oa.web.application.payer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ClaimRepository;
import org.oa.core.claim.ClaimSearch;
import org.oa.core.claim.StoredClaim;
import org.oa.core.identifier.PayerId;
import org.oa.core.lifecycle.ClaimStatus;
import org.oa.core.practice.PracticeId;
import org.oa.core.remittance.Remittance;
import org.oa.core.remittance.RemittancePosting;
import org.oa.edi.claims.ClaimFileWriter;
import org.oa.edi.claims.RemittanceMapping;
import org.oa.edi.document.ClaimAcknowledgment;
import org.oa.edi.document.RemittanceTransaction;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.document.X12Document;
import org.oa.edi.validation.X12Validator;
import org.oa.web.application.Repositories;

/**
 * The database side of the payer exchange, one transaction per step: batching accepted claims into an 837 per
 * practice and payer (claims move to SENT_TO_PAYER in the same transaction that writes the batch file), applying
 * a payer's 277CA (ACKNOWLEDGED with the payer's claim number, or PAYER_REJECTED) and posting its 835. Applying
 * an answer twice changes nothing: only claims still waiting for it move.
 */
@ApplicationScoped
public class PayerBatches {

    /** The clearinghouse as submitter of the interchanges it sends payers. */
    /** OA as the submitter and receiver of X12 interchanges (ISA06/ISA08, NM1*41 and NM1*40). */
    public static final String CLEARINGHOUSE_NAME = "OA CLEARINGHOUSE";
    public static final String CLEARINGHOUSE_ID = "OACLEARINGHOUSE";

    public static final ClaimFileWriter.Submitter SUBMITTER = new ClaimFileWriter.Submitter(
            CLEARINGHOUSE_NAME, CLEARINGHOUSE_ID, "EDI SUPPORT", "8005550100");
    private static final int BATCH_LIMIT = 5000;

    @Inject
    Repositories repositories;

    @Inject
    PayerCatalog payerCatalog;

    /** One outgoing batch: claims of one practice to one payer. */
    public record Batch(UUID id, PracticeId practice, PayerId payer, long controlNumber, int claims) {
    }

    /** The IDs of all practices. */
    @Transactional
    public List<PracticeId> practices() {
        return repositories.practices().ids();
    }

    /**
     * Batches the practice's accepted claims for the {@code connected} payers (at most {@value #BATCH_LIMIT} per
     * payer and run; the rest go at the next run), writes each batch's 837 to {@code folderOf(batch)/claims.837}
     * and moves its claims to SENT_TO_PAYER, all in one transaction. Claims for other payers are not looked at, so
     * they never crowd out the ones that can be sent.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Batch> batch(PracticeId practice, Set<PayerId> connected, Function<Batch, Path> folderOf) {
        ClaimRepository claims = repositories.claims(practice);
        List<Claim> sendable = new ArrayList<>();
        Map<ClaimId, StoredClaim> byId = new HashMap<>();
        Instant everything = Instant.EPOCH;
        for (PayerId payer : connected) {
            ClaimSearch accepted = new ClaimSearch(everything, Instant.now().plusSeconds(1), ClaimStatus.ACCEPTED, "",
                    payer, null, null);
            List<StoredClaim> found = new ArrayList<>(claims.search(accepted, BATCH_LIMIT));
            Collections.reverse(found);   // oldest first
            for (StoredClaim c : found) {
                sendable.add(c.claim());
                byId.put(c.claim().id(), c);
            }
        }
        List<Batch> batches = new ArrayList<>();
        Instant now = Instant.now();
        for (Map.Entry<PayerId, List<Claim>> group : ClaimFileWriter.byPayer(sendable).entrySet()) {
            UUID id = UUID.randomUUID();
            long control = Math.floorMod(id.getLeastSignificantBits(), 999_999_998L) + 1;
            Batch batch = new Batch(id, practice, group.getKey(), control, group.getValue().size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ClaimFileWriter.forPayers(payerCatalog.current()).write(group.getValue(), new ClaimFileWriter.Envelope(
                    SUBMITTER, "", control, control, LocalDateTime.ofInstant(now, ZoneOffset.UTC).withNano(0), false),
                    out);
            Path folder = folderOf.apply(batch);
            try {
                Files.createDirectories(folder);
                Files.write(folder.resolve("claims.837"), out.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write a payer batch", e);
            }
            for (Claim c : group.getValue()) {
                claims.updateLifecycle(byId.get(c.id()).lifecycle().moveOrThrow(ClaimStatus.SENT_TO_PAYER, now,
                        "payer-exchange", "batch " + id + " to " + group.getKey()));
            }
            batches.add(batch);
        }
        return batches;
    }

    /** Counts of one applied payer answer. */
    public record Applied(int moved, int unmatched) {
    }

    /** Applies a payer's 277CA to the practice's claims that wait for it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Applied applyClaimAcknowledgment(PracticeId practice, byte[] ack277) {
        ClaimRepository claims = repositories.claims(practice);
        Instant now = Instant.now();
        int moved = 0;
        int unmatched = 0;
        for (TransactionDocument doc : transactions(ack277)) {
            if (!(doc instanceof ClaimAcknowledgment ack)) {
                continue;
            }
            for (ClaimAcknowledgment.ClaimStatus status : ack.claims()) {
                StoredClaim waiting = claims.findByPatientControlNumber(status.patientControlNumber()).stream()
                        .filter(c -> c.lifecycle().status() == ClaimStatus.SENT_TO_PAYER).reduce((a, b) -> b)
                        .orElse(null);
                if (waiting == null) {
                    unmatched++;
                    continue;
                }
                String codes = String.join(" ", status.statusCodes());
                claims.updateLifecycle(waiting.lifecycle().moveOrThrow(status.accepted() ? ClaimStatus.ACKNOWLEDGED
                        : ClaimStatus.PAYER_REJECTED, now, "277CA", "payer status " + codes));
                if (status.accepted() && !status.payerClaimId().isEmpty()) {
                    claims.recordPayerClaimNumber(waiting.claim().id(), status.payerClaimId());
                }
                moved++;
            }
        }
        return new Applied(moved, unmatched);
    }

    /** Posts a payer's 835 to the practice's claims. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Applied postRemittance(PracticeId practice, PayerId payer, byte[] era) {
        ClaimRepository claims = repositories.claims(practice);
        int moved = 0;
        int unmatched = 0;
        for (TransactionDocument doc : transactions(era)) {
            if (doc instanceof RemittanceTransaction tx) {
                Remittance remittance = RemittanceMapping.toCore(tx, practice, payer);
                RemittancePosting.Result result = new RemittancePosting().post(remittance, claims, Instant.now());
                moved += result.posted().size();
                unmatched += result.unmatched().size();
            }
        }
        return new Applied(moved, unmatched);
    }

    static List<TransactionDocument> transactions(byte[] x12) {
        X12Document doc = X12Validator.newValidator().read(new ByteArrayInputStream(x12));
        return doc.interchanges().stream().flatMap(i -> i.groups().stream())
                .flatMap(g -> g.transactions().stream()).toList();
    }
}
