package org.oa.web.infrastructure.payer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.oa.edi.ack.Acknowledgments;
import org.oa.edi.document.Adjustment;
import org.oa.edi.document.Claim;
import org.oa.edi.document.ClaimPayment;
import org.oa.edi.document.ClaimTransaction;
import org.oa.edi.document.Party;
import org.oa.edi.document.RemittanceTransaction;
import org.oa.edi.document.RemittanceWriter;
import org.oa.edi.document.ServiceLine;
import org.oa.edi.document.ServicePayment;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.document.TransactionHeader;
import org.oa.edi.stream.Delimiters;
import org.oa.edi.stream.X12Writer;
import org.oa.edi.validation.ClaimResult;
import org.oa.edi.validation.InterchangeHeader;
import org.oa.edi.validation.TransactionResult;
import org.oa.edi.validation.ValidationListener;
import org.oa.edi.validation.ValidationReport;
import org.oa.edi.validation.X12Validator;
import org.oa.web.application.payer.PayerConnection;

/**
 * The payer {@value #PAYER_ID} of the reference deployment: it answers the 837P/837I interchanges the clearinghouse
 * sends it as a real payer would, with a 999, a 277CA (005010X214) and later an 835 (005010X221A1), so that the
 * whole claim loop runs on one machine. It adjudicates by fixed rules, so a tester can predict every answer:
 *
 * <ol>
 * <li><b>999.</b> The claim file is validated with {@link X12Validator}; the 999 is
 * {@link Acknowledgments#write999} of that report, with the claim file's ISA13 as its first ISA13.</li>
 * <li><b>277CA.</b> One 277CA interchange per claim interchange (ISA13 and GS06 = the claim file's ISA13), one
 * transaction set per 837 transaction set the 999 accepted; sets the 999 rejected get no 277CA. Each claim is
 * <ul>
 * <li>rejected {@code STC*A7:21} (missing or invalid information) when the validator rejected the claim;</li>
 * <li>otherwise rejected {@code STC*A7:33:IL} (subscriber not found) when the subscriber member ID (NM109 of
 * 2010BA) starts with {@value #UNKNOWN_SUBSCRIBER_PREFIX};</li>
 * <li>otherwise accepted {@code STC*A2:20} (accepted into adjudication) with {@code REF*1K} payer claim control
 * number {@code "SIM" + ISA13 (9 digits) + position}, where position is the claim's 1-based place among all
 * claims of its interchange, four digits (e.g. {@code SIM0000000420002}).</li>
 * </ul>
 * The information source is {@code NM1*PR} with {@value #PAYER_NAME} and {@code PI} {@value #PAYER_ID}.</li>
 * <li><b>835.</b> {@link #remit} pays every claim the 277CA accepted (the rules above are re-applied to the same
 * file): one transaction set per billing provider (payee, {@code N1*PE} with its NPI), payer {@code N1*PR} with
 * {@code XV} {@value #PAYER_ID}. Each line is priced on its charge, amounts {@link BigDecimal} scale 2:
 * <ul>
 * <li>a line with modifier {@value #STATUTORY_EXCLUSION_MODIFIER} (statutorily excluded) is denied:
 * {@code CAS*CO*96} (non-covered charge) for the whole charge with remark {@code LQ*HE*N425} (statutorily excluded
 * service), paid 0.00;</li>
 * <li>every other line: allowed = 80% of the charge rounded HALF_UP to cents; {@code CAS*CO*45} (charge exceeds
 * fee schedule) = charge − allowed; {@code CAS*PR*2} (coinsurance) = 20% of allowed rounded HALF_UP; paid =
 * allowed − coinsurance. Zero adjustments are not written.</li>
 * </ul>
 * CLP01 = CLM01, CLP02 = 4 (denied) when every line is denied, otherwise 1 (processed as primary), CLP03 = the
 * sum of the line charges, CLP04 = the sum of line payments, CLP05 = the sum of {@code PR} adjustments, CLP07 =
 * the payer claim control number of the 277CA. BPR02 = the sum of CLP04 (no PLB); BPR01/BPR04 are {@code C}/
 * {@code CHK}, or {@code I}/{@code NON} when nothing is paid; BPR16 = the payment date. ISA13 and GS06 = the
 * given control number, ST02 0001, 0002, ... per payee, TRN02 = {@code "SIM" + control number (9 digits) + "-" +
 * ST02}. The 835 thus balances at service, claim and transaction level.</li>
 * </ol>
 *
 * <p>Inputs are never logged; only counts are. Stateless and thread-safe.
 */
public final class SimulatedPayer {

    /** The payer ID of the simulated payer (payer list entry {@code SIM01}). */
    public static final String PAYER_ID = "SIM01";
    /** The payer name written in its 277CA and 835, as on the bundled payer list. */
    public static final String PAYER_NAME = "OA Simulated Health Plan";
    /** Member IDs starting with this are unknown to the payer: the 277CA rejects their claims (A7:33:IL). */
    public static final String UNKNOWN_SUBSCRIBER_PREFIX = "NOCOV";
    /** A line with this modifier (item or service statutorily excluded) is denied in the 835 (CO 96). */
    public static final String STATUTORY_EXCLUSION_MODIFIER = "GY";

    /** The remark code (RARC, LQ*HE) of a denied statutorily excluded line: N425, statutorily excluded service. */
    public static final String STATUTORY_EXCLUSION_REMARK = "N425";

    static final String ACCEPTED = "A2:20";
    static final String REJECTED_INVALID = "A7:21";
    static final String REJECTED_UNKNOWN_SUBSCRIBER = "A7:33:IL";

    private static final System.Logger LOG = System.getLogger(SimulatedPayer.class.getName());
    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
    private static final BigDecimal ALLOWED_SHARE = new BigDecimal("0.80");
    private static final BigDecimal COINSURANCE_SHARE = new BigDecimal("0.20");
    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    private static final long MAX_CONTROL = 999_999_999L;

    /** Creates the payer; it keeps no state between calls. */
    public SimulatedPayer() {
        // Adjudication is a pure function of the claim file.
    }

    /**
     * Validates {@code claimFile} and answers with its 999 and 277CA, dated {@code now}.
     *
     * @param claimFile an 837P/837I interchange as the clearinghouse sent it
     */
    public PayerConnection.Acknowledgment acknowledge(byte[] claimFile, LocalDateTime now) {
        Objects.requireNonNull(claimFile, "claimFile");
        Objects.requireNonNull(now, "now");
        ValidationReport report = X12Validator.newValidator().validate(new ByteArrayInputStream(claimFile));
        List<Batch> batches = intake(claimFile);
        ByteArrayOutputStream ack999 = new ByteArrayOutputStream();
        if (!report.interchanges().isEmpty()) {
            Acknowledgments.write999(report, ack999, now,
                    controlNumber(report.interchanges().get(0).header().controlNumber()));
        }
        ByteArrayOutputStream ack277 = new ByteArrayOutputStream();
        writeClaimAcknowledgments(batches, now, ack277);
        LOG.log(Level.DEBUG, "{0} acknowledged {1} claim set(s)", PAYER_ID, batches.size());
        return new PayerConnection.Acknowledgment(ack999.toByteArray(), ack277.toByteArray());
    }

    /**
     * The 835 paying the claims of {@code claimFile} that {@link #acknowledge} accepts, or an empty array when it
     * accepts none.
     *
     * @param controlNumber ISA13 and GS06 of the 835 interchange, 1 to 999999999
     */
    public byte[] remit(byte[] claimFile, LocalDate paymentDate, long controlNumber) {
        Objects.requireNonNull(claimFile, "claimFile");
        Objects.requireNonNull(paymentDate, "paymentDate");
        if (controlNumber < 1 || controlNumber > MAX_CONTROL) {
            throw new IllegalArgumentException("controlNumber must be 1..999999999");
        }
        List<Batch> batches = intake(claimFile);
        Map<Party, List<ClaimPayment>> byPayee = new LinkedHashMap<>();
        InterchangeHeader firstIsa = null;
        for (Batch b : batches) {
            for (Decision d : b.decisions()) {
                if (d.accepted()) {
                    firstIsa = firstIsa == null ? b.isa() : firstIsa;
                    byPayee.computeIfAbsent(payee(d.claim().billingProvider()), k -> new ArrayList<>())
                            .add(price(d));
                }
            }
        }
        if (byPayee.isEmpty()) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        X12Writer w = X12Writer.create(out, Delimiters.DEFAULT, true);
        LocalDateTime when = paymentDate.atStartOfDay();
        String receiverQualifier = fit(firstIsa.senderQualifier(), 2);
        String receiver = fit(firstIsa.senderId(), 15);
        w.startInterchange("ZZ", PAYER_ID, receiverQualifier, receiver, when, controlNumber, false,
                firstIsa.production());
        w.startGroup("HP", PAYER_ID, receiver, when, controlNumber, "005010X221A1");
        int st = 0;
        for (Map.Entry<Party, List<ClaimPayment>> e : byPayee.entrySet()) {
            String control = String.format("%04d", ++st);
            BigDecimal total = ZERO;
            for (ClaimPayment c : e.getValue()) {
                total = total.add(c.payment());
            }
            boolean pays = total.signum() > 0;
            RemittanceTransaction tx = new RemittanceTransaction(
                    new TransactionHeader("835", control, "005010X221A1"), pays ? "C" : "I", total, "C",
                    pays ? "CHK" : "NON", paymentDate, String.format("SIM%09d-%s", controlNumber, control),
                    new Party("PR", true, PAYER_NAME, "", "XV", PAYER_ID, null), e.getKey(), e.getValue(),
                    List.of());
            RemittanceWriter.write(tx, w, control);
        }
        w.endGroup();
        w.endInterchange();
        w.flush();
        LOG.log(Level.DEBUG, "{0} remitted {1} payee set(s)", PAYER_ID, byPayee.size());
        return out.toByteArray();
    }

    /** One 837 transaction set the 999 accepted, with the payer's decision on each claim. */
    private record Batch(InterchangeHeader isa, ClaimTransaction transaction, List<Decision> decisions) {
    }

    /** What the payer decided about one claim; {@code payerClaimNumber} is empty for rejected claims. */
    private record Decision(Claim claim, String statusCode, String payerClaimNumber) {
        boolean accepted() {
            return ACCEPTED.equals(statusCode);
        }
    }

    /** Reads the claim file and applies the 277CA rules. */
    private static List<Batch> intake(byte[] claimFile) {
        List<Batch> batches = new ArrayList<>();
        X12Validator.newValidator().validate(new ByteArrayInputStream(claimFile), new ValidationListener() {
            private InterchangeHeader isa;
            private int position;

            @Override
            public void interchangeStarted(InterchangeHeader header) {
                isa = header;
                position = 0;
            }

            @Override
            public void transactionValidated(TransactionResult result, TransactionDocument document) {
                if (!(document instanceof ClaimTransaction claims)) {
                    return;
                }
                List<Decision> decisions = new ArrayList<>();
                for (int i = 0; i < claims.claims().size(); i++) {
                    position++;
                    Claim claim = claims.claims().get(i);
                    ClaimResult outcome = i < result.claims().size() ? result.claims().get(i) : null;
                    decisions.add(decide(claim, outcome, isa, position));
                }
                if (result.accepted() && isa != null) {
                    batches.add(new Batch(isa, claims, decisions));
                }
            }
        });
        return batches;
    }

    private static Decision decide(Claim claim, ClaimResult outcome, InterchangeHeader isa, int position) {
        if (outcome == null || !outcome.accepted()) {
            return new Decision(claim, REJECTED_INVALID, "");
        }
        Party subscriber = claim.subscriber();
        if (subscriber != null && subscriber.id().startsWith(UNKNOWN_SUBSCRIBER_PREFIX)) {
            return new Decision(claim, REJECTED_UNKNOWN_SUBSCRIBER, "");
        }
        return new Decision(claim, ACCEPTED, String.format("SIM%09d%04d", controlNumber(isa.controlNumber()),
                position % 10_000));
    }

    private static void writeClaimAcknowledgments(List<Batch> batches, LocalDateTime now, ByteArrayOutputStream out) {
        X12Writer w = X12Writer.create(out, Delimiters.DEFAULT, true);
        String date = now.format(CCYYMMDD);
        InterchangeHeader open = null;
        int st = 0;
        for (Batch b : batches) {
            if (open != b.isa()) {
                if (open != null) {
                    w.endGroup();
                    w.endInterchange();
                }
                open = b.isa();
                long control = controlNumber(open.controlNumber());
                String receiver = fit(open.senderId(), 15);
                w.startInterchange("ZZ", PAYER_ID, fit(open.senderQualifier(), 2), receiver, now, control, false,
                        open.production());
                w.startGroup("HN", PAYER_ID, receiver, now, control, "005010X214");
                st = 0;
            }
            String stControl = String.format("%04d", ++st);
            String reference = String.format("SIM%09d-%s", controlNumber(open.controlNumber()), stControl);
            w.startTransaction("277", stControl, "005010X214");
            w.segment("BHT", "0085", "08", reference, date, now.format(HHMM), "TH");
            w.segment("HL", "1", "", "20", "1");
            w.segment("NM1", "PR", "2", PAYER_NAME, "", "", "", "", "PI", PAYER_ID);
            w.segment("TRN", "1", reference);
            w.segment("DTP", "050", "D8", date);
            w.segment("DTP", "009", "D8", date);
            w.segment("HL", "2", "1", "21", "1");
            Party submitter = b.transaction().submitter();
            w.segment("NM1", "41", "2", name(submitter), "", "", "", "", "46", id(submitter));
            String originator = b.transaction().originatorReference();
            w.segment("TRN", "2", originator.isEmpty() ? "0" : safe(originator));
            BigDecimal acceptedAmount = ZERO;
            BigDecimal rejectedAmount = ZERO;
            int accepted = 0;
            for (Decision d : b.decisions()) {
                if (d.accepted()) {
                    accepted++;
                    acceptedAmount = acceptedAmount.add(charge(d.claim()));
                } else {
                    rejectedAmount = rejectedAmount.add(charge(d.claim()));
                }
            }
            w.segment("STC", "A1:19", date, "WQ", acceptedAmount.add(rejectedAmount).toPlainString());
            w.segment("QTY", "90", String.valueOf(accepted));
            w.segment("QTY", "AA", String.valueOf(b.decisions().size() - accepted));
            w.segment("AMT", "YU", acceptedAmount.toPlainString());
            w.segment("AMT", "YY", rejectedAmount.toPlainString());
            int hl = 2;
            int providerHl = 0;
            Party provider = null;
            for (Decision d : b.decisions()) {
                Claim claim = d.claim();
                if (provider == null || !provider.equals(claim.billingProvider())) {
                    provider = claim.billingProvider();
                    providerHl = ++hl;
                    w.segment("HL", String.valueOf(providerHl), "2", "19", "1");
                    w.segment("NM1", "85", "2", name(provider), "", "", "", "", "XX", id(provider));
                    w.segment("TRN", "1", "0");
                }
                w.segment("HL", String.valueOf(++hl), String.valueOf(providerHl), "PT");
                Party patient = claim.patient() != null ? claim.patient() : claim.subscriber();
                if (patient == null || patient.firstName().isEmpty()) {
                    w.segment("NM1", "QC", "1", name(patient));
                } else {
                    w.segment("NM1", "QC", "1", name(patient), safe(patient.firstName()));
                }
                w.segment("TRN", "2", safe(claim.patientControlNumber()));
                String charge = charge(claim).toPlainString();
                if (d.accepted()) {
                    w.segment("STC", d.statusCode(), date, "WQ", charge);
                    w.segment("REF", "1K", d.payerClaimNumber());
                } else {
                    w.segment("STC", d.statusCode(), date, "U", charge);
                }
                LocalDate from = claim.lines().isEmpty() ? claim.statementFrom() : claim.lines().get(0).serviceFrom();
                LocalDate to = claim.lines().isEmpty() ? claim.statementTo() : claim.lines().get(0).serviceTo();
                if (from != null) {
                    w.segment("DTP", "472", "RD8", from.format(CCYYMMDD) + "-" + (to == null ? from : to)
                            .format(CCYYMMDD));
                }
            }
            w.endTransaction();
        }
        if (open != null) {
            w.endGroup();
            w.endInterchange();
        }
        w.flush();
    }

    /** Prices the lines of an accepted claim by the 835 rules of the class comment. */
    private static ClaimPayment price(Decision d) {
        Claim claim = d.claim();
        List<ServicePayment> services = new ArrayList<>();
        BigDecimal charge = ZERO;
        BigDecimal paid = ZERO;
        BigDecimal patient = ZERO;
        boolean allDenied = !claim.lines().isEmpty();
        for (ServiceLine line : claim.lines()) {
            BigDecimal lineCharge = cents(line.charge());
            List<Adjustment> adjustments = new ArrayList<>();
            List<String> remarks = new ArrayList<>();
            BigDecimal linePaid;
            if (line.modifiers().contains(STATUTORY_EXCLUSION_MODIFIER)) {
                add(adjustments, "CO", "96", lineCharge);
                remarks.add(STATUTORY_EXCLUSION_REMARK);
                linePaid = ZERO;
            } else {
                allDenied = false;
                BigDecimal allowed = lineCharge.multiply(ALLOWED_SHARE).setScale(2, RoundingMode.HALF_UP);
                BigDecimal coinsurance = allowed.multiply(COINSURANCE_SHARE).setScale(2, RoundingMode.HALF_UP);
                add(adjustments, "CO", "45", lineCharge.subtract(allowed));
                add(adjustments, "PR", "2", coinsurance);
                linePaid = allowed.subtract(coinsurance);
                patient = patient.add(coinsurance);
            }
            boolean procedure = !line.procedureCode().isEmpty();
            services.add(new ServicePayment(procedure ? qualifier(line) : "NU",
                    procedure ? line.procedureCode() : line.revenueCode(),
                    procedure ? line.modifiers() : List.of(), lineCharge, linePaid, adjustments, remarks,
                    line.serviceFrom()));
            charge = charge.add(lineCharge);
            paid = paid.add(linePaid);
        }
        return new ClaimPayment(claim.patientControlNumber(), allDenied ? "4" : "1", charge, paid, patient,
                d.payerClaimNumber(), List.of(), services);
    }

    private static void add(List<Adjustment> adjustments, String group, String reason, BigDecimal amount) {
        if (amount.signum() != 0) {
            adjustments.add(new Adjustment(group, reason, amount, null));
        }
    }

    private static String qualifier(ServiceLine line) {
        return line.procedureQualifier().isEmpty() ? "HC" : line.procedureQualifier();
    }

    private static Party payee(Party billingProvider) {
        String qualifier = billingProvider == null || billingProvider.id().isEmpty() ? ""
                : billingProvider.idQualifier().isEmpty() ? "XX" : billingProvider.idQualifier();
        return new Party("PE", true, name(billingProvider), "", qualifier,
                qualifier.isEmpty() ? "" : safe(billingProvider.id()), null);
    }

    private static BigDecimal charge(Claim claim) {
        BigDecimal sum = ZERO;
        for (ServiceLine line : claim.lines()) {
            sum = sum.add(cents(line.charge()));
        }
        return claim.lines().isEmpty() ? cents(claim.totalCharge()) : sum;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** ISA13 as a number for our own envelopes; 1 when it is not a usable control number. */
    private static long controlNumber(String isa13) {
        String digits = isa13 == null ? "" : isa13.trim();
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        long n = Long.parseLong(digits);
        return n < 1 ? 1 : n;
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
        String s = v == null || v.isBlank() ? "ZZ" : safe(v.trim());
        return s.length() > width ? s.substring(0, width) : s;
    }
}
