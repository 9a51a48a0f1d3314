package org.oa.edi.internal.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.oa.edi.internal.stream.ByteTokenizer;
import org.oa.edi.validation.AckCode;
import org.oa.edi.validation.ClaimResult;
import org.oa.edi.validation.Problem;
import org.oa.edi.validation.ProblemKind;
import org.oa.edi.validation.TransactionResult;

/** Problems and claim outcomes of one transaction set while it is being read. */
final class TransactionContext {

    private final ByteTokenizer r;
    final String setId;
    final String controlNumber;
    final String implementationReference;
    final long stFilePosition;
    private final int maxProblems;
    private final List<Problem> problems = new ArrayList<>();
    private int problemCount;
    private boolean firstSegmentSeen;
    private boolean syntaxError;
    private boolean editError;
    String loop = "";
    private PendingClaim claim;
    private final List<PendingClaim> claims = new ArrayList<>();

    private static final class PendingClaim {
        final String id;
        final BigDecimal charge;
        final List<Problem> problems = new ArrayList<>();
        boolean error;

        PendingClaim(String id, BigDecimal charge) {
            this.id = id;
            this.charge = charge;
        }
    }

    TransactionContext(ByteTokenizer r, String setId, String controlNumber, String implementationReference,
            long stFilePosition, int maxProblems) {
        this.r = r;
        this.setId = setId;
        this.controlNumber = controlNumber;
        this.implementationReference = implementationReference;
        this.stFilePosition = stFilePosition;
        this.maxProblems = maxProblems;
    }

    /**
     * Reports, for the first segment after ST only, that it is not the {@code expected} one (BHT in an 837, BPR
     * in an 835). Later calls do nothing.
     */
    void expectFirstSegment(String expected, String missingMessage) {
        if (firstSegmentSeen) {
            return;
        }
        firstSegmentSeen = true;
        if (!r.segmentId().equals(expected)) {
            segmentProblem("3", missingMessage);
        }
    }

    /** Location of the current segment (whole segment). */
    Loc here() {
        return new Loc(r.segmentPosition(), r.transactionSegmentPosition(), r.segmentId(), loop, 0, 0);
    }

    Loc here(int element, int component) {
        return new Loc(r.segmentPosition(), r.transactionSegmentPosition(), r.segmentId(), loop, element,
                component);
    }

    String currentClaimId() {
        return claim == null ? "" : claim.id;
    }

    void segmentProblem(String code, String message) {
        at(ProblemKind.SEGMENT_IK304, code, here(), message);
    }

    void elementProblem(String code, int element, int component, String message) {
        at(ProblemKind.ELEMENT_IK403, code, here(element, component), message);
    }

    void transactionProblem(String code, String message) {
        add(new Problem(ProblemKind.TRANSACTION_IK502, code, Problem.Severity.ERROR, r.segmentPosition(),
                r.transactionSegmentPosition(), r.segmentId(), loop, 0, 0, 0, currentClaimId(), message));
    }

    void at(ProblemKind kind, String code, Loc loc, String message) {
        add(new Problem(kind, code, Problem.Severity.ERROR, loc.filePosition(), loc.transactionPosition(),
                loc.segmentId(), loc.loopId(), loc.element(), loc.component(), 0, currentClaimId(), message));
    }

    void claimEdit(String code, Loc loc, String message) {
        at(ProblemKind.CLAIM_EDIT, code, loc, message);
    }

    void warning(ProblemKind kind, String code, Loc loc, String message) {
        add(new Problem(kind, code, Problem.Severity.WARNING, loc.filePosition(), loc.transactionPosition(),
                loc.segmentId(), loc.loopId(), loc.element(), loc.component(), 0, currentClaimId(), message));
    }

    void add(Problem p) {
        problemCount++;
        boolean stored = problems.size() < maxProblems;
        if (stored) {
            problems.add(p);
        }
        if (p.isError()) {
            if (p.kind() == ProblemKind.CLAIM_EDIT) {
                editError = true;
            } else {
                syntaxError = true;
            }
        }
        if (claim != null && p.claimId().equals(claim.id)) {
            if (stored && claim.problems.size() < maxProblems) {
                claim.problems.add(p);
            }
            claim.error |= p.isError();
        }
    }

    void startClaim(String id, BigDecimal charge) {
        claim = new PendingClaim(id, charge);
        claims.add(claim);
    }

    void endClaim() {
        claim = null;
    }

    boolean inClaim() {
        return claim != null;
    }

    TransactionResult finish() {
        claim = null;
        AckCode status = syntaxError ? AckCode.REJECTED
                : editError ? AckCode.ACCEPTED_WITH_ERRORS : AckCode.ACCEPTED;
        List<ClaimResult> results = new ArrayList<>(claims.size());
        for (PendingClaim c : claims) {
            results.add(new ClaimResult(c.id, c.charge, !syntaxError && !c.error, c.problems));
        }
        return new TransactionResult(setId, controlNumber, implementationReference, stFilePosition, status,
                problems, problemCount, results);
    }
}
