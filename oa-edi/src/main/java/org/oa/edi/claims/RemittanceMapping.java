package org.oa.edi.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oa.core.identifier.InvalidIdentifierException;
import org.oa.core.identifier.PayerId;
import org.oa.core.practice.PracticeId;
import org.oa.core.remittance.Adjustment;
import org.oa.core.remittance.AdjustmentGroup;
import org.oa.core.remittance.ClaimPayment;
import org.oa.core.remittance.ClaimPaymentStatus;
import org.oa.core.remittance.LinePayment;
import org.oa.core.remittance.Remittance;
import org.oa.edi.document.Party;
import org.oa.edi.document.ProviderAdjustment;
import org.oa.edi.document.RemittanceTransaction;
import org.oa.edi.document.ServicePayment;

/**
 * Maps a typed 835 ({@link RemittanceTransaction}) to the OA core {@link Remittance} of one practice, ready for
 * {@code RemittancePosting}. Amounts keep their value and get scale 2; a missing CLP05 becomes 0.00. Line remark
 * codes (LQ*HE) are kept; the typed 835 carries neither claim-level remarks (MOA/MIA) nor line control numbers
 * (REF*6R), so those stay empty. PLB amounts are kept with their sign (positive reduces the payment); their reason
 * codes are not part of the core model.
 *
 * <p>The payer is the payer identifier of loop 1000A (N1*PR N104, qualifier XV) unless the caller names it. An 835
 * the core model cannot hold (no payer identifier, no trace number or payment date, an unreadable or fractional-cent
 * amount, an unknown CLP02 status or CAS group) is refused with an {@link IllegalArgumentException} that names the
 * element and never quotes a value. Validate the file first ({@code X12Validator}) to report such problems as data.
 *
 * <p>There is no {@code fromCore}: the core model lacks what RemittanceWriter needs to write a real 835 (payer name,
 * payee, payment method, PLB reason codes, procedure modifiers), so a payer builds the {@link RemittanceTransaction}
 * itself. Stateless and thread-safe.
 */
public final class RemittanceMapping {

    private RemittanceMapping() {
    }

    /**
     * The core remittance for {@code practice}, with the payer ID of the 835's payer identification (N1*PR N104).
     *
     * @throws IllegalArgumentException when the 835 carries no usable payer ID or cannot be held by the core model
     */
    public static Remittance toCore(RemittanceTransaction tx, PracticeId practice) {
        Objects.requireNonNull(tx, "remittance transaction");
        return toCore(tx, practice, payerId(tx.payer()));
    }

    /**
     * The core remittance for {@code practice} paid by {@code payer}, whatever the 835 says in loop 1000A (for
     * payers whose N1*PR has no identifier, or whose connection already tells who they are).
     *
     * @throws IllegalArgumentException when the 835 cannot be held by the core model
     */
    public static Remittance toCore(RemittanceTransaction tx, PracticeId practice, PayerId payer) {
        Objects.requireNonNull(tx, "remittance transaction");
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(payer, "payer");
        if (tx.traceNumber().isBlank()) {
            throw new IllegalArgumentException("835 TRN02 (trace number) is required");
        }
        if (tx.paymentDate() == null) {
            throw new IllegalArgumentException("835 BPR16 (payment date) is required");
        }
        List<ClaimPayment> claims = new ArrayList<>(tx.claims().size());
        for (org.oa.edi.document.ClaimPayment c : tx.claims()) {
            claims.add(claim(c));
        }
        List<BigDecimal> plb = new ArrayList<>(tx.providerAdjustments().size());
        for (ProviderAdjustment p : tx.providerAdjustments()) {
            plb.add(cents(p.amount(), "PLB amount"));
        }
        return new Remittance(practice, payer, tx.traceNumber(), tx.paymentDate(),
                cents(tx.paymentAmount(), "BPR02"), claims, plb);
    }

    private static PayerId payerId(Party payer) {
        if (payer == null || payer.id().isBlank()) {
            throw new IllegalArgumentException("835 N1*PR N104 (payer identifier) is required");
        }
        try {
            return PayerId.of(payer.id());
        } catch (InvalidIdentifierException e) {
            throw new IllegalArgumentException("835 N1*PR N104 is not a valid payer ID", e);
        }
    }

    private static ClaimPayment claim(org.oa.edi.document.ClaimPayment c) {
        if (c.patientControlNumber().isEmpty()) {
            throw new IllegalArgumentException("835 CLP01 (patient control number) is required");
        }
        ClaimPaymentStatus status = ClaimPaymentStatus.fromCode(c.statusCode()).orElseThrow(
                () -> new IllegalArgumentException("835 CLP02 is not a known claim status code"));
        List<LinePayment> lines = new ArrayList<>(c.services().size());
        for (ServicePayment s : c.services()) {
            lines.add(new LinePayment("", s.procedureCode(), cents(s.charge(), "SVC02"),
                    cents(s.payment(), "SVC03"), adjustments(s.adjustments()), s.remarkCodes()));
        }
        BigDecimal patient = c.patientResponsibility() == null ? BigDecimal.ZERO
                : c.patientResponsibility();
        return new ClaimPayment(c.patientControlNumber(), status, cents(c.charge(), "CLP03"),
                cents(c.payment(), "CLP04"), cents(patient, "CLP05"), c.payerClaimControlNumber(),
                adjustments(c.adjustments()), List.of(), lines);
    }

    private static List<Adjustment> adjustments(List<org.oa.edi.document.Adjustment> in) {
        List<Adjustment> out = new ArrayList<>(in.size());
        for (org.oa.edi.document.Adjustment a : in) {
            AdjustmentGroup group = AdjustmentGroup.fromCode(a.groupCode()).orElseThrow(
                    () -> new IllegalArgumentException("835 CAS01 is not a known adjustment group code"));
            if (a.reasonCode().isEmpty() || a.reasonCode().length() > 5) {
                throw new IllegalArgumentException("835 CAS reason code must be 1 to 5 characters");
            }
            out.add(new Adjustment(group, a.reasonCode(), cents(a.amount(), "CAS amount")));
        }
        return out;
    }

    private static BigDecimal cents(BigDecimal amount, String element) {
        if (amount == null) {
            throw new IllegalArgumentException("835 " + element + " is missing or unreadable");
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("835 " + element + " must be in whole cents", e);
        }
    }
}
