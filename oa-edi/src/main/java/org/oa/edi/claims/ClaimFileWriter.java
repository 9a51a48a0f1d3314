package org.oa.edi.claims;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.oa.core.claim.BillingProvider;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimType;
import org.oa.core.claim.ServiceLine;
import org.oa.core.contact.Address;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.Patient;
import org.oa.core.patient.Sex;
import org.oa.core.patient.Subscriber;
import org.oa.core.payer.Payer;
import org.oa.core.payer.PayerList;
import org.oa.edi.stream.Delimiters;
import org.oa.edi.stream.X12Writer;

/**
 * Writes OA core claims for one payer as a new 837 interchange with the clearinghouse as submitter: one ISA/IEA,
 * a functional group per claim type (837P 005010X222A1, then 837I 005010X223A2) with one transaction set each.
 * Claims are grouped under billing provider (HL 20), subscriber (HL 22) and, when the patient is not the
 * subscriber, patient (HL 23) levels, in the order each group first appears. CLM02 is the sum of the line
 * charges; SE, GE and IEA carry the counts and echo the control numbers.
 *
 * <p>Write claims that passed the front-end edits: a claim the 837 cannot carry (another payer, more than 12
 * diagnoses on an 837P, more than four modifiers or pointers on a line, a delimiter in a value) is refused with
 * {@link IllegalArgumentException} before anything is written. Values the core model lacks are written with the
 * usual defaults: claim filing indicator {@code CI}, unit of measure {@code UN}, 837P CLM06-09 {@code Y A Y Y},
 * 837I CLM07-09 {@code A Y Y}, CL1 patient status {@code 01}. Immutable and thread-safe.
 */
public final class ClaimFileWriter {

    /** Version of 837P written in GS08 and ST03. */
    public static final String PROFESSIONAL_VERSION = "005010X222A1";
    /** Version of 837I written in GS08 and ST03. */
    public static final String INSTITUTIONAL_VERSION = "005010X223A2";

    private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");
    private static final int MAX_PROFESSIONAL_DIAGNOSES = 12;
    private static final int DIAGNOSES_PER_HI = 12;

    private final PayerList payers;
    private final Delimiters delimiters;

    /**
     * Who sends the interchange (the clearinghouse): 1000A submitter and ISA06/GS02.
     *
     * @param name         NM103 of the submitter
     * @param id           NM109 (ETIN), also ISA06 and GS02
     * @param contactName  PER02
     * @param contactPhone PER04, ten digits
     */
    public record Submitter(String name, String id, String contactName, String contactPhone) {
        public Submitter {
            requireText(name, "submitter name");
            requireText(id, "submitter id");
            requireText(contactName, "submitter contactName");
            requireText(contactPhone, "submitter contactPhone");
        }
    }

    /**
     * The envelope of one interchange.
     *
     * @param submitter                the clearinghouse
     * @param receiverId               ISA08, GS03 and 1000B NM109; the payer ID when empty
     * @param interchangeControlNumber ISA13, 1 to 999999999
     * @param groupControlNumber       GS06 of the first group (the 837I group gets the next number)
     * @param created                  ISA09/10, GS04/05 and BHT04/05
     * @param production               ISA15 P (true) or T
     */
    public record Envelope(Submitter submitter, String receiverId, long interchangeControlNumber,
            long groupControlNumber, LocalDateTime created, boolean production) {
        public Envelope {
            Objects.requireNonNull(submitter, "submitter");
            receiverId = receiverId == null ? "" : receiverId;
            if (interchangeControlNumber < 1 || interchangeControlNumber > 999_999_999L) {
                throw new IllegalArgumentException("interchangeControlNumber must be 1..999999999");
            }
            if (groupControlNumber < 1 || groupControlNumber > 999_999_998L) {
                throw new IllegalArgumentException("groupControlNumber must be 1..999999998");
            }
            Objects.requireNonNull(created, "created");
        }
    }

    private ClaimFileWriter(PayerList payers, Delimiters delimiters) {
        this.payers = payers;
        this.delimiters = delimiters;
    }

    /** A writer that names payers (1000B, 2010BB) from {@code payers}, with the delimiters {@code * ^ : ~}. */
    public static ClaimFileWriter forPayers(PayerList payers) {
        return new ClaimFileWriter(Objects.requireNonNull(payers, "payers"), Delimiters.DEFAULT);
    }

    /** Groups claims by payer, payers and claims in first-seen order: one interchange per entry. */
    public static Map<PayerId, List<Claim>> byPayer(List<Claim> claims) {
        Map<PayerId, List<Claim>> out = new LinkedHashMap<>();
        for (Claim c : claims) {
            out.computeIfAbsent(c.payerId(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /**
     * Writes {@code claims} (all for one payer, at least one) as one interchange to {@code out}, which is flushed
     * but not closed. I/O failures surface as {@link java.io.UncheckedIOException}.
     */
    public void write(List<Claim> claims, Envelope envelope, OutputStream out) {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(out, "out");
        if (claims.isEmpty()) {
            throw new IllegalArgumentException("claims must not be empty");
        }
        PayerId payerId = claims.get(0).payerId();
        for (Claim c : claims) {
            check(c, payerId);
        }
        List<Claim> professional = claims.stream().filter(c -> c.type() == ClaimType.PROFESSIONAL).toList();
        List<Claim> institutional = claims.stream().filter(c -> c.type() == ClaimType.INSTITUTIONAL).toList();
        Payer payer = payers.get(payerId);
        String payerName = payer == null ? payerId.value() : payer.name();
        String receiver = envelope.receiverId().isEmpty() ? payerId.value() : envelope.receiverId();
        Submitter s = envelope.submitter();
        X12Writer w = X12Writer.create(out, delimiters, true);
        w.startInterchange("ZZ", s.id(), "ZZ", receiver, envelope.created(), envelope.interchangeControlNumber(),
                false, envelope.production());
        long group = envelope.groupControlNumber();
        for (List<Claim> batch : List.of(professional, institutional)) {
            if (batch.isEmpty()) {
                continue;
            }
            boolean inst = batch.get(0).type() == ClaimType.INSTITUTIONAL;
            String version = inst ? INSTITUTIONAL_VERSION : PROFESSIONAL_VERSION;
            w.startGroup("HC", s.id(), receiver, envelope.created(), group++, version);
            new Transaction(w, inst, payerId, payerName).write(batch, envelope, receiver);
            w.endGroup();
        }
        w.endInterchange();
        w.flush();
    }

    private void check(Claim c, PayerId payerId) {
        if (!c.payerId().equals(payerId)) {
            throw new IllegalArgumentException("claims of one interchange must be for one payer");
        }
        if (c.type() == ClaimType.PROFESSIONAL && c.diagnoses().size() > MAX_PROFESSIONAL_DIAGNOSES) {
            throw new IllegalArgumentException("an 837P claim carries at most 12 diagnoses");
        }
        List<String> texts = new ArrayList<>(List.of(c.patientControlNumber(), c.placeOfService(), c.typeOfBill(),
                c.frequencyCode(), c.originalClaimNumber(), c.renderingProviderNpi(), c.relationshipCode()));
        BillingProvider b = c.billingProvider();
        texts.addAll(List.of(b.name(), b.npi(), b.taxonomy(), b.taxId(), b.phone()));
        addresses(texts, b.address(), c.patient().address(), c.subscriber().address());
        Patient p = c.patient();
        Subscriber s = c.subscriber();
        texts.addAll(List.of(p.firstName(), p.lastName(), s.firstName(), s.lastName(), s.memberId(),
                s.groupNumber()));
        c.diagnoses().forEach(d -> texts.add(d.code()));
        for (ServiceLine l : c.serviceLines()) {
            if (l.modifiers().size() > 4 || l.diagnosisPointers().size() > 4) {
                throw new IllegalArgumentException("a service line carries at most four modifiers and pointers");
            }
            texts.addAll(List.of(l.lineControlNumber(), l.procedureCode(), l.ndc(), l.ndcQualifier(),
                    l.revenueCode()));
            texts.addAll(l.modifiers());
        }
        for (String t : texts) {
            for (int i = 0; i < t.length(); i++) {
                if (delimiters.isDelimiter(t.charAt(i)) || t.charAt(i) < 0x20 || t.charAt(i) > 0x7E) {
                    throw new IllegalArgumentException("a claim value contains an X12 delimiter or a character "
                            + "X12 does not allow");
                }
            }
        }
    }

    private static void addresses(List<String> texts, Address... addresses) {
        for (Address a : addresses) {
            texts.addAll(List.of(a.line1(), a.line2(), a.city(), a.state(), a.zip()));
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    /** Writes one ST/SE; not thread-safe, one per transaction set. */
    private final class Transaction {
        private final X12Writer w;
        private final boolean institutional;
        private final PayerId payerId;
        private final String payerName;
        private int hl;

        Transaction(X12Writer w, boolean institutional, PayerId payerId, String payerName) {
            this.w = w;
            this.institutional = institutional;
            this.payerId = payerId;
            this.payerName = payerName;
        }

        void write(List<Claim> claims, Envelope envelope, String receiver) {
            Submitter s = envelope.submitter();
            w.startTransaction("837", "0001", institutional ? INSTITUTIONAL_VERSION : PROFESSIONAL_VERSION);
            seg("BHT", "0019", "00", "OA" + envelope.interchangeControlNumber(),
                    envelope.created().format(CCYYMMDD), envelope.created().format(HHMM), "CH");
            seg("NM1", "41", "2", s.name(), "", "", "", "", "46", s.id());
            seg("PER", "IC", s.contactName(), "TE", s.contactPhone());
            seg("NM1", "40", "2", payerName, "", "", "", "", "46", receiver);
            Map<BillingProvider, Map<SubscriberKey, Map<PatientKey, List<Claim>>>> tree = new LinkedHashMap<>();
            for (Claim c : claims) {
                PatientKey patient = "18".equals(c.relationshipCode()) ? PatientKey.SELF
                        : new PatientKey(c.patient().firstName(), c.patient().lastName(), c.patient().birthDate(),
                                c.patient().sex(), c.patient().address(), c.relationshipCode());
                tree.computeIfAbsent(c.billingProvider(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(new SubscriberKey(c.subscriber(), c.priority()), k -> new LinkedHashMap<>())
                        .computeIfAbsent(patient, k -> new ArrayList<>()).add(c);
            }
            for (var billing : tree.entrySet()) {
                int billingHl = ++hl;
                seg("HL", String.valueOf(billingHl), "", "20", "1");
                billing(billing.getKey());
                for (var sub : billing.getValue().entrySet()) {
                    int subscriberHl = ++hl;
                    Map<PatientKey, List<Claim>> patients = sub.getValue();
                    boolean children = patients.keySet().stream().anyMatch(k -> k != PatientKey.SELF);
                    seg("HL", String.valueOf(subscriberHl), String.valueOf(billingHl), "22", children ? "1" : "0");
                    subscriber(sub.getKey(), patients.containsKey(PatientKey.SELF));
                    List<Claim> own = patients.get(PatientKey.SELF);
                    if (own != null) {
                        own.forEach(this::claim);
                    }
                    for (var p : patients.entrySet()) {
                        if (p.getKey() == PatientKey.SELF) {
                            continue;
                        }
                        seg("HL", String.valueOf(++hl), String.valueOf(subscriberHl), "23", "0");
                        patient(p.getKey());
                        p.getValue().forEach(this::claim);
                    }
                }
            }
            w.endTransaction();
        }

        private void billing(BillingProvider b) {
            if (!b.taxonomy().isEmpty()) {
                seg("PRV", "BI", "PXC", b.taxonomy());
            }
            seg("NM1", "85", "2", b.name(), "", "", "", "", "XX", b.npi());
            address(b.address());
            if (!b.taxId().isEmpty()) {
                seg("REF", "EI", b.taxId());
            }
            if (!b.phone().isEmpty()) {
                seg("PER", "IC", "", "TE", b.phone());
            }
        }

        private void subscriber(SubscriberKey key, boolean self) {
            Subscriber s = key.subscriber();
            seg("SBR", key.priority().code(), self ? "18" : "", s.groupNumber(), "", "", "", "", "", "CI");
            seg("NM1", "IL", "1", s.lastName(), s.firstName(), "", "", "", s.memberId().isEmpty() ? "" : "MI",
                    s.memberId());
            address(s.address());
            demographics(s.birthDate(), s.sex());
            seg("NM1", "PR", "2", payerName, "", "", "", "", "PI", payerId.value());
        }

        private void patient(PatientKey p) {
            seg("PAT", p.relationshipCode());
            seg("NM1", "QC", "1", p.lastName(), p.firstName());
            address(p.address());
            demographics(p.birthDate(), p.sex());
        }

        private void demographics(LocalDate birth, Sex sex) {
            if (birth != null) {
                seg("DMG", "D8", birth.format(CCYYMMDD), sex.code());
            }
        }

        private void address(Address a) {
            if (a.line1().isEmpty() && a.line2().isEmpty() && a.city().isEmpty() && a.state().isEmpty()
                    && a.zip().isEmpty()) {
                return;
            }
            seg("N3", a.line1(), a.line2());
            seg("N4", a.city(), a.state(), a.zip());
        }

        private void claim(Claim c) {
            String facility = institutional ? c.typeOfBill().substring(0, Math.min(2, c.typeOfBill().length()))
                    : c.placeOfService();
            String clm05 = facility + delimiters.component() + (institutional ? "A" : "B")
                    + delimiters.component() + c.frequencyCode();
            if (institutional) {
                seg("CLM", c.patientControlNumber(), amount(c.lineChargeTotal()), "", "", clm05, "", "A", "Y", "Y");
            } else {
                seg("CLM", c.patientControlNumber(), amount(c.lineChargeTotal()), "", "", clm05, "Y", "A", "Y", "Y");
            }
            if (!institutional) {
                date("431", c.onsetDate());
                date("439", c.accidentDate());
            }
            date("435", c.admissionDate());
            if (institutional) {
                LocalDate from = null;
                LocalDate to = null;
                for (ServiceLine l : c.serviceLines()) {
                    LocalDate a = l.serviceFrom();
                    LocalDate b = l.serviceTo() != null ? l.serviceTo() : a;
                    if (a != null && (from == null || a.isBefore(from))) {
                        from = a;
                    }
                    if (b != null && (to == null || b.isAfter(to))) {
                        to = b;
                    }
                }
                if (from != null) {
                    seg("DTP", "434", "RD8", from.format(CCYYMMDD) + "-" + to.format(CCYYMMDD));
                }
                seg("CL1", "", "", "01");
            }
            if (!c.originalClaimNumber().isEmpty()) {
                seg("REF", "F8", c.originalClaimNumber());
            }
            diagnoses(c);
            if (!c.renderingProviderNpi().isEmpty()) {
                seg("NM1", "82", "1", "", "", "", "", "", "XX", c.renderingProviderNpi());
            }
            int number = 0;
            for (ServiceLine l : c.serviceLines()) {
                line(++number, l);
            }
        }

        private void diagnoses(Claim c) {
            if (c.diagnoses().isEmpty()) {
                return;
            }
            List<String> elements = new ArrayList<>();
            for (int i = 0; i < c.diagnoses().size(); i++) {
                elements.add((i == 0 ? "ABK" : "ABF") + delimiters.component() + c.diagnoses().get(i).code());
                if (elements.size() == DIAGNOSES_PER_HI || i == c.diagnoses().size() - 1) {
                    seg("HI", elements);
                    elements = new ArrayList<>();
                }
            }
        }

        private void line(int number, ServiceLine l) {
            seg("LX", String.valueOf(number));
            StringBuilder procedure = new StringBuilder();
            if (!l.procedureCode().isEmpty()) {
                procedure.append("HC").append(delimiters.component()).append(l.procedureCode());
                for (String m : l.modifiers()) {
                    procedure.append(delimiters.component()).append(m);
                }
            }
            if (institutional) {
                seg("SV2", l.revenueCode(), procedure.toString(), amount(l.charge()), "UN", amount(l.units()));
            } else {
                StringBuilder pointers = new StringBuilder();
                for (Integer p : l.diagnosisPointers()) {
                    if (pointers.length() > 0) {
                        pointers.append(delimiters.component());
                    }
                    pointers.append(p);
                }
                seg("SV1", procedure.toString(), amount(l.charge()), "UN", amount(l.units()), "", "",
                        pointers.toString());
            }
            if (l.serviceFrom() != null) {
                LocalDate to = l.serviceTo() != null ? l.serviceTo() : l.serviceFrom();
                if (to.equals(l.serviceFrom())) {
                    seg("DTP", "472", "D8", to.format(CCYYMMDD));
                } else {
                    seg("DTP", "472", "RD8", l.serviceFrom().format(CCYYMMDD) + "-" + to.format(CCYYMMDD));
                }
            }
            if (!l.lineControlNumber().isEmpty()) {
                seg("REF", "6R", l.lineControlNumber());
            }
            if (!l.ndc().isEmpty()) {
                seg("LIN", "", l.ndcQualifier(), l.ndc());
            }
        }

        private void date(String qualifier, LocalDate date) {
            if (date != null) {
                seg("DTP", qualifier, "D8", date.format(CCYYMMDD));
            }
        }

        private void seg(String id, String... elements) {
            seg(id, List.of(elements));
        }

        /** Writes a segment without trailing empty elements; component separators inside values are ours. */
        private void seg(String id, List<String> elements) {
            int n = elements.size();
            while (n > 0 && elements.get(n - 1).isEmpty()) {
                n--;
            }
            w.segment(id, elements.subList(0, n));
        }
    }

    /** Subscriber level (HL 22): the subscriber and the payer's responsibility. */
    private record SubscriberKey(Subscriber subscriber, CoveragePriority priority) {
    }

    /** Patient level (HL 23), or {@link #SELF} when the claim belongs under the subscriber. */
    private record PatientKey(String firstName, String lastName, LocalDate birthDate, Sex sex, Address address,
            String relationshipCode) {
        static final PatientKey SELF = new PatientKey("", "", null, Sex.UNKNOWN, null, "18");
    }

    static String amount(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.signum() == 0 ? "0" : v.toPlainString();
    }

}
