package org.oa.edi.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oa.edi.stream.X12Writer;

/**
 * Writes an 835 transaction set (ST to SE) from a {@link RemittanceTransaction}. The model must balance: every
 * service (charge − adjustments = payment), every claim (charge − all adjustments = payment) and the total
 * (Σ claim payments − Σ provider adjustments = BPR02); otherwise an {@link IllegalArgumentException} names the
 * rule, because writing an unbalanced 835 is a programming error. Envelopes are written by the caller with
 * {@link X12Writer#startGroup} ({@code HP}, {@code 005010X221A1}). Stateless and thread-safe.
 */
public final class RemittanceWriter {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

    private RemittanceWriter() {
    }

    /** Checks the balancing rules and writes the transaction set with control number {@code controlNumber}. */
    public static void write(RemittanceTransaction r, X12Writer w, String controlNumber) {
        Objects.requireNonNull(r, "remittance");
        checkBalanced(r);
        w.startTransaction("835", controlNumber, "005010X221A1");
        List<String> bpr = new ArrayList<>(List.of(r.handlingCode(), amount(r.paymentAmount()), r.creditDebit(),
                r.paymentMethod()));
        for (int i = 5; i <= 15; i++) {
            bpr.add("");
        }
        bpr.add(date(r.paymentDate()));
        w.segment("BPR", bpr);
        if (r.payer() != null && r.payer().id().length() == 10) {
            w.segment("TRN", "1", r.traceNumber(), r.payer().id());
        } else {
            w.segment("TRN", "1", r.traceNumber());
        }
        w.segment("DTM", "405", date(r.paymentDate()));
        party(w, r.payer(), "PR");
        party(w, r.payee(), "PE");
        if (!r.claims().isEmpty()) {
            w.segment("LX", "1");
        }
        for (ClaimPayment c : r.claims()) {
            List<String> clp = new ArrayList<>(List.of(c.patientControlNumber(), c.statusCode(), amount(c.charge()),
                    amount(c.payment()), c.patientResponsibility() == null ? "" : amount(c.patientResponsibility()),
                    "12", c.payerClaimControlNumber()));
            w.segment("CLP", clp);
            adjustments(w, c.adjustments());
            for (ServicePayment s : c.services()) {
                StringBuilder procedure = new StringBuilder(s.procedureQualifier()).append(
                        w.delimiters().component()).append(s.procedureCode());
                for (String m : s.modifiers()) {
                    procedure.append(w.delimiters().component()).append(m);
                }
                w.segment("SVC", procedure.toString(), amount(s.charge()), amount(s.payment()));
                if (s.serviceDate() != null) {
                    w.segment("DTM", "472", date(s.serviceDate()));
                }
                adjustments(w, s.adjustments());
                for (String remark : s.remarkCodes()) {
                    w.segment("LQ", "HE", remark);
                }
            }
        }
        for (int i = 0; i < r.providerAdjustments().size(); i += 6) {
            List<ProviderAdjustment> chunk = r.providerAdjustments().subList(i,
                    Math.min(i + 6, r.providerAdjustments().size()));
            List<String> plb = new ArrayList<>(List.of(chunk.get(0).providerId(), date(chunk.get(0).fiscalPeriodEnd())));
            for (ProviderAdjustment p : chunk) {
                plb.add(p.referenceId().isEmpty() ? p.reasonCode()
                        : p.reasonCode() + w.delimiters().component() + p.referenceId());
                plb.add(amount(p.amount()));
            }
            w.segment("PLB", plb);
        }
        w.endTransaction();
    }

    private static void checkBalanced(RemittanceTransaction r) {
        BigDecimal total = BigDecimal.ZERO;
        for (ClaimPayment c : r.claims()) {
            BigDecimal adjusted = sum(c.adjustments());
            for (ServicePayment s : c.services()) {
                BigDecimal serviceAdjusted = sum(s.adjustments());
                if (required(s.charge(), "SVC02").subtract(serviceAdjusted).compareTo(required(s.payment(), "SVC03"))
                        != 0) {
                    throw new IllegalArgumentException("service payment does not balance (SVC02 - CAS != SVC03)");
                }
                adjusted = adjusted.add(serviceAdjusted);
            }
            if (required(c.charge(), "CLP03").subtract(adjusted).compareTo(required(c.payment(), "CLP04")) != 0) {
                throw new IllegalArgumentException("claim payment does not balance (CLP03 - CAS != CLP04)");
            }
            total = total.add(c.payment());
        }
        for (ProviderAdjustment p : r.providerAdjustments()) {
            total = total.subtract(required(p.amount(), "PLB amount"));
        }
        if (total.compareTo(required(r.paymentAmount(), "BPR02")) != 0) {
            throw new IllegalArgumentException("remittance does not balance (sum CLP04 - sum PLB != BPR02)");
        }
    }

    private static BigDecimal required(BigDecimal v, String name) {
        if (v == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return v;
    }

    private static BigDecimal sum(List<Adjustment> adjustments) {
        BigDecimal s = BigDecimal.ZERO;
        for (Adjustment a : adjustments) {
            s = s.add(required(a.amount(), "CAS amount"));
        }
        return s;
    }

    private static void adjustments(X12Writer w, List<Adjustment> adjustments) {
        List<String> cas = null;
        String group = null;
        for (Adjustment a : adjustments) {
            if (cas == null || !a.groupCode().equals(group) || cas.size() >= 19) {
                if (cas != null) {
                    w.segment("CAS", trimmed(cas));
                }
                group = a.groupCode();
                cas = new ArrayList<>(List.of(group));
            }
            cas.add(a.reasonCode());
            cas.add(amount(a.amount()));
            cas.add(a.quantity() == null ? "" : amount(a.quantity()));
        }
        if (cas != null) {
            w.segment("CAS", trimmed(cas));
        }
    }

    private static List<String> trimmed(List<String> elements) {
        int end = elements.size();
        while (end > 0 && elements.get(end - 1).isEmpty()) {
            end--;
        }
        return elements.subList(0, end);
    }

    private static void party(X12Writer w, Party p, String code) {
        if (p == null) {
            return;
        }
        if (p.idQualifier().isEmpty()) {
            w.segment("N1", code, p.lastOrOrganizationName());
        } else {
            w.segment("N1", code, p.lastOrOrganizationName(), p.idQualifier(), p.id());
        }
    }

    private static String amount(BigDecimal v) {
        return v.toPlainString();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.format(CCYYMMDD);
    }
}
