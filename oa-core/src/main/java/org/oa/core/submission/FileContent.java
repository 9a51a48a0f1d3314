package org.oa.core.submission;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimId;
import org.oa.core.edit.EditFailure;

/** What reading a submission file produced: its claims, or the reason it could not be read. */
public sealed interface FileContent {

    /**
     * The file was read.
     *
     * @param claims       the claims read into OA claims, in file order
     * @param readFailures problems the reader found in a claim (e.g. X12 syntax inside its loops), by claim ID;
     *                     intake adds them to the claim's edit failures, and an error among them rejects it
     * @param unread       claims of the file that could not be turned into OA claims (nothing is stored for
     *                     them; the file summary lists them as rejected)
     */
    record Readable(List<Claim> claims, Map<ClaimId, List<EditFailure>> readFailures, List<UnreadClaim> unread)
            implements FileContent {
        public Readable {
            claims = List.copyOf(Objects.requireNonNull(claims, "readable claims"));
            readFailures = Map.copyOf(Objects.requireNonNull(readFailures, "readable readFailures"));
            unread = List.copyOf(Objects.requireNonNull(unread, "readable unread"));
        }

        /** A file whose claims were all read without problems. */
        public Readable(List<Claim> claims) {
            this(claims, Map.of(), List.of());
        }
    }

    /**
     * A claim in a readable file that could not become an OA claim (e.g. it has no subscriber, or its
     * transaction set was rejected).
     *
     * @param position             its 0-based position among all claims of the file
     * @param patientControlNumber CLM01 as sent, may be empty
     * @param totalCharge          CLM02 as sent, zero when missing
     * @param failures             why, at least one error
     */
    record UnreadClaim(int position, String patientControlNumber, BigDecimal totalCharge,
                       List<EditFailure> failures) {
        public UnreadClaim {
            if (position < 0) {
                throw new IllegalArgumentException("unread claim position must not be negative");
            }
            patientControlNumber = Objects.requireNonNullElse(patientControlNumber, "");
            totalCharge = Objects.requireNonNullElse(totalCharge, BigDecimal.ZERO);
            failures = List.copyOf(Objects.requireNonNull(failures, "unread claim failures"));
            if (failures.stream().noneMatch(EditFailure::isError)) {
                throw new IllegalArgumentException("an unread claim needs at least one error");
            }
        }

        @Override
        public String toString() {
            return "UnreadClaim[position=" + position + ", failures=" + failures.size() + "]";
        }
    }

    /** The file could not be read at all, e.g. a broken ISA envelope. @param reason why, without PHI */
    record Unreadable(String reason) implements FileContent {
        public Unreadable {
            if (reason == null || reason.isBlank()) {
                throw new IllegalArgumentException("unreadable reason is required");
            }
        }
    }
}
