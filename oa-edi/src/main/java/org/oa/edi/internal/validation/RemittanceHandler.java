package org.oa.edi.internal.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.oa.edi.document.Adjustment;
import org.oa.edi.document.ClaimPayment;
import org.oa.edi.document.Party;
import org.oa.edi.document.ProviderAdjustment;
import org.oa.edi.document.RemittanceTransaction;
import org.oa.edi.document.ServicePayment;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.document.TransactionHeader;
import org.oa.edi.internal.stream.ByteTokenizer;
import org.oa.edi.validation.ProblemKind;

/** 835 (X221A1): loops 1000A/1000B/2000/2100/2110, balancing at service, claim and transaction level. */
final class RemittanceHandler implements TransactionHandler {

    private final SegmentSpecs specs = SegmentSpecs.REMITTANCE;
    private final TransactionHeader header;
    private String handling = "";
    private BigDecimal payment;
    private Loc paymentLoc;
    private String creditDebit = "";
    private String method = "";
    private LocalDate paymentDate;
    private String trace = "";
    private Party payer;
    private Party payee;
    private final List<ClaimPayment> claims = new ArrayList<>();
    private final List<ProviderAdjustment> plbs = new ArrayList<>();
    private final List<Loc> plbLocs = new ArrayList<>();

    private ClaimDraft claim;
    private ServiceDraft service;

    private static final class ClaimDraft {
        String id;
        String status;
        BigDecimal charge;
        BigDecimal paid;
        BigDecimal patient;
        String payerControl;
        Loc loc;
        final List<Adjustment> adjustments = new ArrayList<>();
        final List<ServicePayment> services = new ArrayList<>();
        BigDecimal serviceAdjustments = BigDecimal.ZERO;
    }

    private static final class ServiceDraft {
        String qualifier;
        String code;
        final List<String> modifiers = new ArrayList<>();
        BigDecimal charge;
        BigDecimal paid;
        Loc loc;
        final List<Adjustment> adjustments = new ArrayList<>();
        final List<String> remarks = new ArrayList<>();
        LocalDate date;
    }

    RemittanceHandler(TransactionHeader header) {
        this.header = header;
    }

    @Override
    public void segment(ByteTokenizer r, TransactionContext cx) {
        String id = r.segmentId();
        cx.expectFirstSegment("BPR", "The BPR (financial information) segment is missing.");
        switch (id) {
            case "N1" -> {
                if (claim == null) {
                    cx.loop = switch (r.element(1)) {
                        case "PR" -> "1000A";
                        case "PE" -> "1000B";
                        default -> cx.loop;
                    };
                }
            }
            case "LX" -> {
                endClaim(cx);
                cx.loop = "2000";
            }
            case "CLP" -> {
                endClaim(cx);
                cx.loop = "2100";
            }
            case "SVC" -> {
                endService(cx);
                cx.loop = "2110";
            }
            case "PLB" -> {
                endClaim(cx);
                cx.loop = "";
            }
            default -> {
                // Other segments stay in the current loop.
            }
        }
        specs.check(r, cx);
        switch (id) {
            case "BPR" -> {
                handling = r.element(1);
                payment = Values.decimal(r.element(2));
                paymentLoc = cx.here(2, 0);
                creditDebit = r.element(3);
                method = r.element(4);
                paymentDate = Values.date(r.element(16));
            }
            case "TRN" -> trace = r.element(2);
            case "N1" -> {
                Party p = new Party(r.element(1), true, r.element(2), "", r.element(3), r.element(4), null);
                if ("1000A".equals(cx.loop)) {
                    payer = p;
                } else if ("1000B".equals(cx.loop)) {
                    payee = p;
                }
            }
            case "CLP" -> {
                claim = new ClaimDraft();
                claim.id = r.element(1);
                claim.status = r.element(2);
                claim.charge = Values.decimal(r.element(3));
                claim.paid = Values.decimal(r.element(4));
                claim.patient = Values.decimal(r.element(5));
                claim.payerControl = r.element(7);
                claim.loc = cx.here();
                cx.startClaim(claim.id, claim.charge);
            }
            case "CAS" -> cas(r, cx);
            case "SVC" -> {
                if (claim == null) {
                    cx.segmentProblem("2", "A service payment (SVC) must be inside a claim payment (CLP).");
                    return;
                }
                service = new ServiceDraft();
                service.qualifier = r.component(1, 1);
                service.code = r.component(1, 2);
                for (int c = 3; c <= 6; c++) {
                    if (!r.component(1, c).isEmpty()) {
                        service.modifiers.add(r.component(1, c));
                    }
                }
                service.charge = Values.decimal(r.element(2));
                service.paid = Values.decimal(r.element(3));
                service.loc = cx.here();
            }
            case "PLB" -> plb(r, cx);
            case "DTM" -> {
                if (service != null && "472".equals(r.element(1))) {
                    service.date = Values.date(r.element(2));
                }
            }
            case "LQ" -> {
                if (service != null && "HE".equals(r.element(1)) && !r.element(2).isEmpty()) {
                    service.remarks.add(r.element(2));
                }
            }
            default -> {
                // Read and checked only.
            }
        }
    }

    private void cas(ByteTokenizer r, TransactionContext cx) {
        if (claim == null) {
            cx.segmentProblem("2", "An adjustment (CAS) must be inside a claim or service payment.");
            return;
        }
        String group = r.element(1);
        for (int i = 2; i <= 17; i += 3) {
            if (r.isEmpty(i) && r.isEmpty(i + 1)) {
                continue;
            }
            Adjustment a = new Adjustment(group, r.element(i), Values.decimal(r.element(i + 1)),
                    Values.decimal(r.element(i + 2)));
            if (service != null) {
                service.adjustments.add(a);
            } else {
                claim.adjustments.add(a);
            }
        }
    }

    private void plb(ByteTokenizer r, TransactionContext cx) {
        LocalDate end = Values.date(r.element(2));
        for (int i = 3; i <= 13; i += 2) {
            if (r.isEmpty(i)) {
                continue;
            }
            plbs.add(new ProviderAdjustment(r.element(1), end, r.component(i, 1), r.component(i, 2),
                    Values.decimal(r.element(i + 1))));
            plbLocs.add(cx.here(i + 1, 0));
        }
    }

    private static BigDecimal sum(List<Adjustment> adjustments) {
        BigDecimal s = BigDecimal.ZERO;
        for (Adjustment a : adjustments) {
            if (a.amount() != null) {
                s = s.add(a.amount());
            }
        }
        return s;
    }

    private void endService(TransactionContext cx) {
        if (service == null) {
            return;
        }
        BigDecimal adjusted = sum(service.adjustments);
        if (service.charge != null && service.paid != null
                && service.charge.subtract(adjusted).compareTo(service.paid) != 0) {
            cx.claimEdit("SERVICE_BALANCE", service.loc.at(3, 0), "Service payment does not balance: charge (SVC02) "
                    + service.charge.toPlainString() + " minus adjustments " + adjusted.toPlainString()
                    + " should equal the payment (SVC03) " + service.paid.toPlainString() + ".");
        }
        claim.serviceAdjustments = claim.serviceAdjustments.add(adjusted);
        claim.services.add(new ServicePayment(service.qualifier, service.code, service.modifiers, service.charge,
                service.paid, service.adjustments, service.remarks, service.date));
        service = null;
    }

    private void endClaim(TransactionContext cx) {
        if (claim == null) {
            return;
        }
        endService(cx);
        BigDecimal adjusted = sum(claim.adjustments).add(claim.serviceAdjustments);
        if (claim.charge != null && claim.paid != null
                && claim.charge.subtract(adjusted).compareTo(claim.paid) != 0) {
            cx.claimEdit("CLAIM_BALANCE", claim.loc.at(4, 0), "Claim payment does not balance: charge (CLP03) "
                    + claim.charge.toPlainString() + " minus all claim and service adjustments "
                    + adjusted.toPlainString() + " should equal the payment (CLP04) " + claim.paid.toPlainString()
                    + ".");
        }
        claims.add(new ClaimPayment(claim.id, claim.status, claim.charge, claim.paid, claim.patient,
                claim.payerControl, claim.adjustments, claim.services));
        cx.endClaim();
        claim = null;
    }

    @Override
    public void end(TransactionContext cx) {
        endClaim(cx);
        if (trace.isEmpty()) {
            cx.at(ProblemKind.SEGMENT_IK304, "3", new Loc(cx.here().filePosition(), cx.here().transactionPosition(),
                    "TRN", "", 0, 0), "The reassociation trace number (TRN) segment is missing.");
        }
        if (payer == null) {
            cx.at(ProblemKind.SEGMENT_IK304, "3", new Loc(cx.here().filePosition(), cx.here().transactionPosition(),
                    "N1", "1000A", 0, 0), "The payer identification (N1*PR, loop 1000A) is missing.");
        }
        if (payee == null) {
            cx.at(ProblemKind.SEGMENT_IK304, "3", new Loc(cx.here().filePosition(), cx.here().transactionPosition(),
                    "N1", "1000B", 0, 0), "The payee identification (N1*PE, loop 1000B) is missing.");
        }
        if (paymentLoc == null) {
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (ClaimPayment c : claims) {
            if (c.payment() != null) {
                total = total.add(c.payment());
            }
        }
        for (ProviderAdjustment p : plbs) {
            if (p.amount() != null) {
                total = total.subtract(p.amount());
            }
        }
        if (payment != null && total.compareTo(payment) != 0) {
            cx.at(ProblemKind.CLAIM_EDIT, "TRANSACTION_BALANCE", paymentLoc, "The remittance does not balance: claim "
                    + "payments minus provider adjustments add up to " + total.toPlainString()
                    + " but the total payment (BPR02) is " + payment.toPlainString() + ".");
        }
    }

    @Override
    public TransactionDocument document() {
        return new RemittanceTransaction(header, handling, payment, creditDebit, method, paymentDate, trace, payer,
                payee, claims, plbs);
    }
}
