package org.oa.edi.ack;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.oa.edi.document.Claim;
import org.oa.edi.document.ClaimTransaction;
import org.oa.edi.document.Party;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.stream.Delimiters;
import org.oa.edi.stream.X12Writer;
import org.oa.edi.validation.ClaimResult;
import org.oa.edi.validation.InterchangeHeader;
import org.oa.edi.validation.InterchangeResult;
import org.oa.edi.validation.Problem;
import org.oa.edi.validation.ProblemKind;
import org.oa.edi.validation.TransactionResult;
import org.oa.edi.validation.ValidationListener;

/**
 * Writes a 277CA claim acknowledgment (X214) for every 837 transaction set while a file is validated: each claim
 * is acknowledged {@code A1:20} (accepted for processing) or rejected {@code A7:<status>} with the claim status
 * code of its first error (400 claim out of balance, 562 NPI, 255 diagnosis, 454 procedure code, ...). One 277CA
 * interchange answers one input interchange. Not thread-safe.
 */
public final class ClaimAcknowledgmentWriter implements ValidationListener {

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

    private final X12Writer out;
    private final LocalDateTime now;
    private final String clearinghouseName;
    private final String clearinghouseId;
    private long interchangeControl;
    private long groupControl = 1;
    private int transactionControl;
    private InterchangeHeader isa;
    private boolean open;

    /**
     * @param clearinghouseName name written in NM1*AY (information source)
     * @param clearinghouseId   identifier written in NM109 of NM1*AY
     */
    public ClaimAcknowledgmentWriter(OutputStream out, LocalDateTime now, long firstControlNumber,
            String clearinghouseName, String clearinghouseId) {
        this.out = X12Writer.create(out, Delimiters.DEFAULT, true);
        this.now = Objects.requireNonNull(now, "now");
        this.clearinghouseName = Objects.requireNonNull(clearinghouseName, "clearinghouseName");
        this.clearinghouseId = Objects.requireNonNull(clearinghouseId, "clearinghouseId");
        if (firstControlNumber < 1 || firstControlNumber > 999_999_999L) {
            throw new IllegalArgumentException("firstControlNumber must be 1..999999999");
        }
        this.interchangeControl = firstControlNumber;
    }

    /** The 277CA status code (code list 508) for a problem. */
    static String statusCode(Problem p) {
        return switch (p.code()) {
            case "CHARGE_BALANCE" -> "400";
            case "NEGATIVE_CHARGE" -> "178";
            case "NPI_CHECK_DIGIT" -> "562";
            case "DIAGNOSIS_POINTER", "DUPLICATE_DIAGNOSIS", "ICD10_FORMAT", "ICD9_AFTER_ICD10_DATE" -> "255";
            case "PROCEDURE_CODE_FORMAT" -> "454";
            case "MODIFIER_FORMAT" -> "453";
            case "PLACE_OF_SERVICE", "FACILITY_TYPE" -> "249";
            case "FREQUENCY_CODE" -> "535";
            case "SERVICE_DATE_AFTER_SUBMISSION" -> "187";
            case "SERVICE_DATE_BEFORE_BIRTH" -> "158";
            // OA core front-end edits (org.oa.core.edit), when a caller adds them to the claim results.
            case "TOTAL_CHARGE_BALANCES" -> "400";
            case "TOTAL_CHARGE_POSITIVE", "LINE_CHARGE_NOT_NEGATIVE" -> "178";
            case "BILLING_NPI", "RENDERING_NPI" -> "562";
            case "DIAGNOSIS_COUNT", "DIAGNOSIS_DECIMAL_POINT", "DIAGNOSIS_FORMAT", "DIAGNOSIS_DUPLICATE",
                    "ICD10_EFFECTIVE_DATE", "DIAGNOSIS_POINTER_COUNT", "DIAGNOSIS_POINTER_TARGET" -> "255";
            case "PROCEDURE_CODE" -> "454";
            case "MODIFIER_COUNT" -> "453";
            case "TYPE_OF_BILL", "TYPE_OF_BILL_FREQUENCY" -> "249";
            case "SERVICE_DATE_FUTURE" -> "187";
            case "PATIENT_BIRTH_DATE_AFTER_SERVICE" -> "158";
            default -> "21";
        };
    }

    @Override
    public void interchangeStarted(InterchangeHeader header) {
        isa = header;
    }

    @Override
    public void transactionValidated(TransactionResult result, TransactionDocument document) {
        if (!(document instanceof ClaimTransaction claims) || claims.claims().isEmpty()) {
            return;
        }
        if (!open) {
            out.startInterchange(fit(isa.receiverQualifier(), 2), fit(isa.receiverId(), 15),
                    fit(isa.senderQualifier(), 2), fit(isa.senderId(), 15), now, interchangeControl, false,
                    isa.production());
            interchangeControl = interchangeControl % 999_999_999L + 1;
            out.startGroup("HN", fit(isa.receiverId(), 15), fit(isa.senderId(), 15), now, groupControl,
                    "005010X214");
            groupControl = groupControl % 999_999_999L + 1;
            open = true;
        }
        String date = now.format(CCYYMMDD);
        String control = String.format("%04d", ++transactionControl % 10000);
        out.startTransaction("277", control, "005010X214");
        out.segment("BHT", "0085", "08", result.controlNumber(), date, now.format(HHMM), "TH");
        out.segment("HL", "1", "", "20", "1");
        out.segment("NM1", "AY", "2", clearinghouseName, "", "", "", "", "46", clearinghouseId);
        out.segment("TRN", "1", result.controlNumber());
        out.segment("DTP", "050", "D8", date);
        out.segment("DTP", "009", "D8", date);
        out.segment("HL", "2", "1", "21", "1");
        Party submitter = claims.submitter();
        out.segment("NM1", "41", "2", name(submitter), "", "", "", "", "46", id(submitter));
        out.segment("TRN", "2", result.controlNumber());
        BigDecimal acceptedAmount = BigDecimal.ZERO;
        BigDecimal rejectedAmount = BigDecimal.ZERO;
        int accepted = 0;
        int rejected = 0;
        List<ClaimResult> outcomes = result.claims();
        for (int i = 0; i < claims.claims().size() && i < outcomes.size(); i++) {
            BigDecimal charge = orZero(claims.claims().get(i).totalCharge());
            if (outcomes.get(i).accepted()) {
                accepted++;
                acceptedAmount = acceptedAmount.add(charge);
            } else {
                rejected++;
                rejectedAmount = rejectedAmount.add(charge);
            }
        }
        out.segment("STC", "A1:19", date, "WQ", acceptedAmount.add(rejectedAmount).toPlainString());
        out.segment("QTY", "90", String.valueOf(accepted));
        out.segment("QTY", "AA", String.valueOf(rejected));
        out.segment("AMT", "YU", acceptedAmount.toPlainString());
        out.segment("AMT", "YY", rejectedAmount.toPlainString());
        int hl = 2;
        Party provider = null;
        int providerHl = 0;
        for (int i = 0; i < claims.claims().size() && i < outcomes.size(); i++) {
            Claim claim = claims.claims().get(i);
            ClaimResult outcome = outcomes.get(i);
            if (provider == null || !provider.equals(claim.billingProvider())) {
                provider = claim.billingProvider();
                providerHl = ++hl;
                out.segment("HL", String.valueOf(providerHl), "2", "19", "1");
                out.segment("NM1", "85", "2", name(provider), "", "", "", "", "XX", id(provider));
                out.segment("TRN", "1", "0");
            }
            out.segment("HL", String.valueOf(++hl), String.valueOf(providerHl), "PT");
            Party patient = claim.patient();
            out.segment("NM1", "QC", "1", name(patient), patient == null ? "" : safe(patient.firstName()));
            out.segment("TRN", "2", safe(claim.patientControlNumber()));
            String charge = orZero(claim.totalCharge()).toPlainString();
            if (outcome.accepted()) {
                out.segment("STC", "A1:20", date, "WQ", charge);
            } else {
                out.segment("STC", "A7:" + firstStatus(outcome), date, "U", charge);
            }
            LocalDate from = claim.lines().isEmpty() ? claim.statementFrom() : claim.lines().get(0).serviceFrom();
            LocalDate to = claim.lines().isEmpty() ? claim.statementTo() : claim.lines().get(0).serviceTo();
            if (from != null) {
                out.segment("DTP", "472", "RD8", from.format(CCYYMMDD) + "-" + (to == null ? from : to)
                        .format(CCYYMMDD));
            }
        }
        out.endTransaction();
    }

    private static String firstStatus(ClaimResult outcome) {
        for (Problem p : outcome.problems()) {
            if (p.isError()) {
                return p.kind() == ProblemKind.CLAIM_EDIT ? statusCode(p) : "21";
            }
        }
        return "21";
    }

    @Override
    public void interchangeValidated(InterchangeResult result) {
        if (open) {
            out.endGroup();
            out.endInterchange();
            open = false;
        }
        out.flush();
    }

    private static BigDecimal orZero(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }

    private static String name(Party p) {
        return p == null || p.lastOrOrganizationName().isEmpty() ? "UNKNOWN" : safe(p.lastOrOrganizationName());
    }

    private static String id(Party p) {
        return p == null || p.id().length() < 2 ? "UNKNOWN" : safe(p.id());
    }

    private static String safe(String v) {
        return Delimiters.DEFAULT.printable(v);
    }

    private static String fit(String v, int width) {
        String s = v == null || v.isEmpty() ? "ZZ" : safe(v);
        return s.length() > width ? s.substring(0, width) : s;
    }
}
