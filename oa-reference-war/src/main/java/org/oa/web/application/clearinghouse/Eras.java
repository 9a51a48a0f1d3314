package org.oa.web.application.clearinghouse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import org.oa.core.identifier.PayerId;
import org.oa.core.practice.PracticeId;
import org.oa.core.remittance.Adjustment;
import org.oa.core.remittance.ClaimPayment;
import org.oa.core.remittance.LinePayment;
import org.oa.core.remittance.Remittance;
import org.oa.edi.claims.RemittanceMapping;
import org.oa.edi.document.RemittanceTransaction;
import org.oa.edi.document.ServicePayment;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.document.X12Document;
import org.oa.edi.validation.X12Validator;
import org.oa.web.application.DataFolder;
import org.oa.web.application.payer.PayerExchange;

/**
 * The ERAs (835 remittance advices) a practice received, read from the payer batch folders the
 * {@link PayerExchange} keeps: {@code payers/<payer>/<batch>/payer.835} of the {@link DataFolder}, shown once the batch carries
 * its {@code .remitted} marker (so a half-written 835 is never read). An ERA is one such file, named by its batch
 * UUID; it may hold several 835 transaction sets (one per payee), each a {@link Payment} with its own trace number.
 * Only folders whose {@code meta.properties} names the given practice are listed or opened.
 *
 * <p>Files are parsed on demand; list summaries are cached per file and size/modification time. An 835 that cannot
 * be read or held by the core model is left out of the list and logged by batch ID only (never its content).
 * Thread-safe.
 */
@ApplicationScoped
public class Eras {

    private static final Logger LOG = System.getLogger(Eras.class.getName());
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final String ERA_FILE = "payer.835";
    private static final String META_FILE = "meta.properties";
    private static final String REMITTED = ".remitted";

    @Inject
    DataFolder dataFolder;

    private final AdjustmentCodes codes = AdjustmentCodes.bundled();
    private final Map<Path, Cached> summaries = new ConcurrentHashMap<>();

    /** For the container, which injects the data folder. */
    public Eras() {
    }

    /** ERAs under {@code dataFolder}, read at each call. */
    public Eras(DataFolder dataFolder) {
        this.dataFolder = dataFolder;
    }

    /**
     * One ERA in the list. No patient data.
     *
     * @param id            the batch UUID, used in links and downloads
     * @param payerId       the payer of the batch folder
     * @param payerName     the payer's name in the 835 (N1*PR), or the payer ID when it has none
     * @param paymentDate   BPR16 of the first transaction set
     * @param traceNumbers  TRN02 of each transaction set
     * @param totalPaid     the sum of BPR02, scale 2
     * @param claims        the number of claims paid, denied or reversed
     */
    public record Era(String id, String payerId, String payerName, LocalDate paymentDate, List<String> traceNumbers,
                      BigDecimal totalPaid, int claims) {
        public Era {
            Objects.requireNonNull(id, "era id");
            traceNumbers = List.copyOf(traceNumbers);
        }

        /** The trace numbers, comma separated. */
        public String traceNumber() {
            return String.join(", ", traceNumbers);
        }

        /** The name the practice got the file under in its SFTP {@code outbound/}. */
        public String fileName() {
            return id + "_ERA_835_5010_" + paymentDate.format(YYYYMMDD) + ".835";
        }

        /** The download name of the printable EOB. */
        public String pdfName() {
            return id + "_EOB_" + paymentDate.format(YYYYMMDD) + ".pdf";
        }
    }

    /** The readable explanation of benefits of one ERA: its payments (835 transaction sets) in file order. */
    public record Eob(Era era, List<Payment> payments) {
        public Eob {
            Objects.requireNonNull(era, "eob era");
            payments = List.copyOf(payments);
        }

        /** True when every payment, claim and line balances as the 835 guide requires. */
        public boolean balanced() {
            return payments.stream().allMatch(Payment::balanced);
        }
    }

    /**
     * One 835 transaction set: a payment from the payer to one payee.
     *
     * @param providerAdjustments the sum of PLB amounts (positive reduces the payment)
     * @param balanced            Σ claim payments − PLB = total paid
     */
    public record Payment(String traceNumber, LocalDate paymentDate, String paymentMethod, BigDecimal totalPaid,
                          String payeeName, String payeeId, BigDecimal providerAdjustments, List<EobClaim> claims,
                          boolean balanced) {
        public Payment {
            claims = List.copyOf(claims);
        }

        /** True when the transaction and all its claims and lines balance. */
        @Override
        public boolean balanced() {
            return balanced && claims.stream().allMatch(EobClaim::balanced);
        }
    }

    /**
     * What the payer did with one claim. {@link #toString()} omits the patient control number.
     *
     * @param patientControlNumber CLP01 (the claim's CLM01)
     * @param statusCode           CLP02
     * @param status               its description
     * @param balanced             charge − Σ claim and line adjustments = paid
     */
    public record EobClaim(String patientControlNumber, String statusCode, String status, BigDecimal charge,
                           BigDecimal paid, BigDecimal patientResponsibility, String payerClaimNumber,
                           List<EobAdjustment> adjustments, List<Remark> remarks, List<EobLine> lines,
                           boolean balanced) {
        public EobClaim {
            adjustments = List.copyOf(adjustments);
            remarks = List.copyOf(remarks);
            lines = List.copyOf(lines);
        }

        /** True when the claim and each of its lines balance. */
        @Override
        public boolean balanced() {
            return balanced && lines.stream().allMatch(EobLine::balanced);
        }

        /** Σ adjustments of {@code group} (e.g. {@code CO}) on the claim and its lines, scale 2. */
        public BigDecimal adjusted(String group) {
            BigDecimal sum = sum(adjustments, group);
            for (EobLine l : lines) {
                sum = sum.add(sum(l.adjustments(), group));
            }
            return sum;
        }

        @Override
        public String toString() {
            return "EobClaim[status=" + statusCode + ", charge=" + charge + ", paid=" + paid + ", redacted]";
        }
    }

    /**
     * One service line.
     *
     * @param procedure the procedure code with its modifiers, e.g. {@code 99213-25}
     * @param balanced  charge − Σ adjustments = paid
     */
    public record EobLine(String procedure, BigDecimal charge, BigDecimal paid, List<EobAdjustment> adjustments,
                          List<Remark> remarks, boolean balanced) {
        public EobLine {
            adjustments = List.copyOf(adjustments);
            remarks = List.copyOf(remarks);
        }
    }

    /** One CAS adjustment with the descriptions of its group and reason code (CARC). */
    public record EobAdjustment(String group, String reasonCode, BigDecimal amount, String groupDescription,
                                String reasonDescription) {
        /** Group and CARC as EOBs print them, e.g. {@code CO-45}. */
        public String code() {
            return group + "-" + reasonCode;
        }
    }

    /** One remittance advice remark code (RARC) with its description. */
    public record Remark(String code, String description) {
    }

    /** The practice's ERAs, newest payment first. */
    public List<Era> list(PracticeId practice) {
        Objects.requireNonNull(practice, "practice");
        List<Era> eras = new ArrayList<>();
        for (Path folder : batchFolders()) {
            if (remitted(folder) && practice.equals(practiceOf(folder).orElse(null))) {
                summary(folder, practice).ifPresent(eras::add);
            }
        }
        eras.sort(Comparator.comparing(Era::paymentDate).reversed().thenComparing(Era::id));
        return eras;
    }

    /** The ERA {@code eraId} of the practice, or empty when it is missing, malformed or another practice's. */
    public Optional<Era> find(PracticeId practice, String eraId) {
        return folder(practice, eraId).flatMap(f -> summary(f, practice));
    }

    /** The 835 file of the ERA {@code eraId} of the practice, or empty (see {@link #find}). */
    public Optional<Path> file(PracticeId practice, String eraId) {
        return folder(practice, eraId).map(f -> f.resolve(ERA_FILE));
    }

    /** The readable EOB of the ERA {@code eraId} of the practice, or empty (see {@link #find}). */
    public Optional<Eob> eob(PracticeId practice, String eraId) {
        Optional<Path> folder = folder(practice, eraId);
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Optional<Parsed> parsed = parse(folder.get(), practice);
        return parsed.map(p -> new Eob(p.era(), p.remittances().stream().map(this::payment).toList()));
    }

    /** The EOB as a PDF document (US Letter, Helvetica). */
    public byte[] pdf(Eob eob) {
        Objects.requireNonNull(eob, "eob");
        try {
            return new EobPdf(codes).write(eob);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the EOB PDF", e);
        }
    }

    private Path root() {
        return dataFolder.path().resolve("payers");
    }

    /** Every {@code payers/<payer>/<uuid>/} folder. */
    private List<Path> batchFolders() {
        Path root = root();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> payers = Files.list(root)) {
            for (Path payer : payers.filter(Files::isDirectory).toList()) {
                try (Stream<Path> batches = Files.list(payer)) {
                    batches.filter(Files::isDirectory).filter(p -> isUuid(p.getFileName().toString()))
                            .forEach(folders::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list payer batches", e);
        }
        return folders;
    }

    private Optional<Path> folder(PracticeId practice, String eraId) {
        Objects.requireNonNull(practice, "practice");
        if (eraId == null || !isUuid(eraId)) {
            return Optional.empty();
        }
        Path root = root();
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> payers = Files.list(root)) {
            return payers.filter(Files::isDirectory).map(p -> p.resolve(eraId))
                    .filter(f -> Files.isDirectory(f) && remitted(f)
                            && practice.equals(practiceOf(f).orElse(null)))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list payer batches", e);
        }
    }

    private static boolean remitted(Path folder) {
        return Files.exists(folder.resolve(REMITTED)) && Files.isRegularFile(folder.resolve(ERA_FILE));
    }

    private static Optional<PracticeId> practiceOf(Path folder) {
        return meta(folder).map(m -> m.getProperty("practice")).flatMap(p -> {
            try {
                return Optional.of(PracticeId.parse(p));
            } catch (RuntimeException malformed) {
                return Optional.empty();
            }
        });
    }

    private static Optional<Properties> meta(Path folder) {
        Path file = folder.resolve(META_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties meta = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            meta.load(r);
            return Optional.of(meta);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Payer batch {0} has unreadable metadata", folder.getFileName());
            return Optional.empty();
        }
    }

    /** A file's summary, parsed again only when the file changed. */
    private record Cached(FileTime modified, long size, Optional<Era> era) {
    }

    private Optional<Era> summary(Path folder, PracticeId practice) {
        Path file = folder.resolve(ERA_FILE);
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Cached cached = summaries.get(folder);
            if (cached != null && cached.modified().equals(modified) && cached.size() == size) {
                return cached.era();
            }
            Optional<Era> era = parse(folder, practice).map(Parsed::era);
            summaries.put(folder, new Cached(modified, size, era));
            return era;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "ERA of payer batch {0} cannot be read: {1}", folder.getFileName(),
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** An 835 file read: its summary and each transaction set both typed (for names) and as core remittance. */
    private record Parsed(Era era, List<Read> remittances) {
    }

    private record Read(RemittanceTransaction transaction, Remittance remittance) {
    }

    private static Optional<Parsed> parse(Path folder, PracticeId practice) {
        String batch = folder.getFileName().toString();
        try {
            PayerId payer = PayerId.of(meta(folder).map(m -> m.getProperty("payer")).orElse(""));
            byte[] bytes = Files.readAllBytes(folder.resolve(ERA_FILE));
            X12Document doc = X12Validator.newValidator().read(new ByteArrayInputStream(bytes));
            List<Read> read = new ArrayList<>();
            for (X12Document.Interchange i : doc.interchanges()) {
                for (X12Document.FunctionalGroup g : i.groups()) {
                    for (TransactionDocument t : g.transactions()) {
                        if (t instanceof RemittanceTransaction tx) {
                            read.add(new Read(tx, RemittanceMapping.toCore(tx, practice, payer)));
                        }
                    }
                }
            }
            if (read.isEmpty()) {
                LOG.log(Level.WARNING, "ERA of payer batch {0} holds no 835 transaction set", batch);
                return Optional.empty();
            }
            BigDecimal total = BigDecimal.ZERO.setScale(2);
            int claims = 0;
            List<String> traces = new ArrayList<>();
            for (Read r : read) {
                total = total.add(r.remittance().totalPayment());
                claims += r.remittance().claims().size();
                traces.add(r.remittance().traceNumber());
            }
            RemittanceTransaction first = read.get(0).transaction();
            String payerName = first.payer() == null || first.payer().lastOrOrganizationName().isBlank()
                    ? payer.value() : first.payer().lastOrOrganizationName();
            Era era = new Era(batch, payer.value(), payerName, read.get(0).remittance().paymentDate(), traces, total,
                    claims);
            return Optional.of(new Parsed(era, read));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "ERA of payer batch {0} cannot be read: {1}", batch,
                    e.getClass().getSimpleName());
            return Optional.empty();
        } catch (RuntimeException e) {
            // Mapping messages name the element, never a value, so they are safe to log.
            LOG.log(Level.WARNING, "ERA of payer batch {0} cannot be shown: {1}", batch, e.getMessage());
            return Optional.empty();
        }
    }

    private Payment payment(Read read) {
        RemittanceTransaction tx = read.transaction();
        Remittance r = read.remittance();
        BigDecimal plb = BigDecimal.ZERO.setScale(2);
        for (BigDecimal a : r.providerAdjustments()) {
            plb = plb.add(a);
        }
        List<EobClaim> claims = new ArrayList<>(r.claims().size());
        for (int i = 0; i < r.claims().size(); i++) {
            claims.add(claim(r.claims().get(i), tx.claims().get(i)));
        }
        String payeeName = tx.payee() == null ? "" : tx.payee().lastOrOrganizationName();
        String payeeId = tx.payee() == null ? "" : tx.payee().id();
        return new Payment(r.traceNumber(), r.paymentDate(), tx.paymentMethod(), r.totalPayment(), payeeName,
                payeeId, plb, claims, r.isBalanced());
    }

    private EobClaim claim(ClaimPayment c, org.oa.edi.document.ClaimPayment typed) {
        List<EobLine> lines = new ArrayList<>(c.lines().size());
        for (int i = 0; i < c.lines().size(); i++) {
            LinePayment l = c.lines().get(i);
            ServicePayment s = typed.services().get(i);
            String procedure = s.modifiers().isEmpty() ? l.procedureCode()
                    : l.procedureCode() + "-" + String.join("-", s.modifiers());
            lines.add(new EobLine(procedure, l.charge(), l.paid(), adjustments(l.adjustments()),
                    remarks(l.remarkCodes()), l.isBalanced()));
        }
        return new EobClaim(c.patientControlNumber(), c.status().code(), codes.claimStatus(c.status().code()),
                c.charge(), c.paid(), c.patientResponsibility(), c.payerClaimNumber(), adjustments(c.adjustments()),
                remarks(c.remarkCodes()), lines, c.isBalanced());
    }

    private List<EobAdjustment> adjustments(List<Adjustment> in) {
        return in.stream().map(a -> new EobAdjustment(a.group().name(), a.reasonCode(), a.amount(),
                codes.group(a.group().name()), codes.carc(a.reasonCode()))).toList();
    }

    private List<Remark> remarks(List<String> in) {
        return in.stream().map(c -> new Remark(c, codes.rarc(c))).toList();
    }

    private static BigDecimal sum(List<EobAdjustment> adjustments, String group) {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (EobAdjustment a : adjustments) {
            if (a.group().equals(group)) {
                sum = sum.add(a.amount());
            }
        }
        return sum;
    }

    private static boolean isUuid(String s) {
        try {
            return UUID.fromString(s).toString().equals(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Lays out an EOB on US Letter pages with the standard Helvetica fonts: a header per payment, a row per claim,
     * a row per line and one per adjustment or remark with its description. Text outside printable ASCII is
     * replaced (the standard fonts cannot show it). Not thread-safe: one instance per document.
     */
    private static final class EobPdf {

        private static final float MARGIN = 50;
        private static final float SIZE = 9;
        private static final float LEADING = 12;
        private static final float RIGHT = PDRectangle.LETTER.getWidth() - MARGIN;

        private final AdjustmentCodes codes;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private PDDocument document;
        private PDPageContentStream content;
        private float y;

        EobPdf(AdjustmentCodes codes) {
            this.codes = codes;
        }

        byte[] write(Eob eob) throws IOException {
            try (PDDocument doc = new PDDocument()) {
                document = doc;
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle("Explanation of benefits " + eob.era().traceNumber());
                info.setCreator("OA clearinghouse");
                newPage();
                body(eob);
                content.close();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return out.toByteArray();
            }
        }

        private void body(Eob eob) throws IOException {
            Era era = eob.era();
            line(bold, 14, MARGIN, "Explanation of Benefits (ERA 835)");
            y -= 4;
            line(regular, SIZE, MARGIN, "Payer: " + era.payerName() + " (" + era.payerId() + ")");
            line(regular, SIZE, MARGIN, "Payment date: " + era.paymentDate() + "    Total paid: "
                    + era.totalPaid() + "    Claims: " + era.claims());
            line(regular, SIZE, MARGIN, "Trace number: " + era.traceNumber());
            line(regular, SIZE, MARGIN, "ERA: " + era.id());
            for (Payment p : eob.payments()) {
                y -= LEADING / 2;
                line(bold, 11, MARGIN, "Payment " + p.traceNumber());
                line(regular, SIZE, MARGIN, "Payee: " + p.payeeName() + (p.payeeId().isEmpty() ? ""
                        : " (" + p.payeeId() + ")") + "    Method: " + p.paymentMethod() + "    Paid: "
                        + p.totalPaid() + (p.providerAdjustments().signum() == 0 ? ""
                        : "    Provider adjustments: " + p.providerAdjustments())
                        + (p.balanced() ? "" : "    NOT BALANCED"));
                for (EobClaim c : p.claims()) {
                    claim(c);
                }
            }
            y -= LEADING / 2;
            text(regular, 7, MARGIN, "Adjustment group codes: CO " + codes.group("CO") + ". PR "
                    + codes.group("PR") + ".", RIGHT - MARGIN);
        }

        private void claim(EobClaim c) throws IOException {
            need(4 * LEADING);
            y -= LEADING / 2;
            row(bold, "Claim (CLM01)", "Status", "Charge", "Paid", "Patient resp.", "Payer claim no.");
            row(regular, c.patientControlNumber(), c.statusCode() + " " + c.status(), c.charge().toPlainString(),
                    c.paid().toPlainString(), c.patientResponsibility().toPlainString(), c.payerClaimNumber());
            adjustments(c.adjustments(), c.remarks(), MARGIN + 20);
            for (EobLine l : c.lines()) {
                need(2 * LEADING);
                cell(regular, MARGIN + 20, "Line " + l.procedure());
                rightCell(regular, 330, l.charge().toPlainString());
                rightCell(regular, 390, l.paid().toPlainString());
                y -= LEADING;
                adjustments(l.adjustments(), l.remarks(), MARGIN + 40);
            }
            if (!c.balanced()) {
                line(bold, SIZE, MARGIN + 20, "This claim does not balance: charge - adjustments <> paid");
            }
        }

        private void adjustments(List<EobAdjustment> adjustments, List<Remark> remarks, float x) throws IOException {
            for (EobAdjustment a : adjustments) {
                need(LEADING);
                cell(regular, x, a.code());
                rightCell(regular, x + 85, a.amount().toPlainString());
                text(regular, SIZE, x + 95, a.reasonDescription(), RIGHT - x - 95);
            }
            for (Remark r : remarks) {
                need(LEADING);
                cell(regular, x, "Remark " + r.code());
                text(regular, SIZE, x + 95, r.description(), RIGHT - x - 95);
            }
        }

        /** A claim row: CLM01, status, charge, paid, patient responsibility, payer claim number. */
        private void row(PDType1Font font, String pcn, String status, String charge, String paid, String patient,
                String payerClaim) throws IOException {
            need(LEADING);
            cell(font, MARGIN, fit(font, pcn, 125));
            cell(font, 180, fit(font, status, 100));
            rightCell(font, 330, charge);
            rightCell(font, 390, paid);
            rightCell(font, 460, patient);
            cell(font, 470, fit(font, payerClaim, RIGHT - 470));
            y -= LEADING;
        }

        /** Writes {@code s} at {@code x}, wrapped into {@code width}, and moves down. */
        private void text(PDType1Font font, float size, float x, String s, float width) throws IOException {
            StringBuilder current = new StringBuilder();
            for (String word : printable(s).split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && width(font, size, candidate) > width) {
                    line(font, size, x, current.toString());
                    current.setLength(0);
                    current.append(word);
                } else {
                    current.setLength(0);
                    current.append(candidate);
                }
            }
            line(font, size, x, current.toString());
        }

        private void line(PDType1Font font, float size, float x, String s) throws IOException {
            need(LEADING);
            show(font, size, x, s);
            y -= size > SIZE ? size + 4 : LEADING;
        }

        private void cell(PDType1Font font, float x, String s) throws IOException {
            show(font, SIZE, x, s);
        }

        private void rightCell(PDType1Font font, float right, String s) throws IOException {
            show(font, SIZE, right - width(font, SIZE, printable(s)), s);
        }

        private void show(PDType1Font font, float size, float x, String s) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(printable(s));
            content.endText();
        }

        private String fit(PDType1Font font, String s, float width) throws IOException {
            String p = printable(s);
            while (!p.isEmpty() && width(font, SIZE, p) > width) {
                p = p.substring(0, p.length() - 1);
            }
            return p;
        }

        private static float width(PDType1Font font, float size, String s) throws IOException {
            return font.getStringWidth(s) / 1000 * size;
        }

        private void need(float height) throws IOException {
            if (y - height < MARGIN) {
                content.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.LETTER);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.LETTER.getHeight() - MARGIN;
        }

        private static String printable(String s) {
            StringBuilder sb = new StringBuilder(s == null ? 0 : s.length());
            if (s != null) {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    sb.append(c >= 0x20 && c <= 0x7E ? c : '?');
                }
            }
            return sb.toString();
        }
    }
}
