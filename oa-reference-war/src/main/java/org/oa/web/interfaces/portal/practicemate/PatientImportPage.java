package org.oa.web.interfaces.portal.practicemate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.ConfigProvider;
import org.oa.core.patient.imports.ImportColumn;
import org.oa.core.patient.imports.ImportPreview;
import org.oa.core.patient.imports.ImportProblem;
import org.oa.core.patient.imports.ImportResult;
import org.oa.core.patient.imports.RowOutcome;
import org.oa.web.application.practice.PatientImports;
import org.oa.web.application.practice.PracticePatients;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs Practice Mate's patient import: the user uploads the CSV file of their previous system, reads the dry run
 * (what happens to each row, every problem with its row and column), fixes the file and uploads it again until it
 * is clean, then imports it: all rows in one go or none. The file stays in this view only, never on disk.
 */
@PortalPage(PortalSite.PRACTICE_MATE)
@Named("practiceMateImportPage")
@ViewScoped
public class PatientImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = System.getLogger(PatientImportPage.class.getName());

    private static final String PAGE = "practice-mate/import.xhtml";

    /**
     * One line of the dry run or of the import report: a row's outcome or one of its problems. No PHI: rows are
     * named by their number in the file, changes by field name.
     *
     * @param row     the row as a spreadsheet numbers it (the header is row 1); 0 for the file as a whole
     * @param outcome what happens to the row, in words
     * @param column  the column the problem is in, or empty
     * @param detail  the problem or the changed fields, in words
     * @param code    the problem's code (for support), or empty
     * @param problem whether the line is a problem
     */
    public record Line(int row, String outcome, String column, String detail, String code, boolean problem)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    PatientImports imports;

    private long maxFileBytes;

    private byte[] file;
    private String fileName;
    private ImportPreview report;
    private boolean imported;
    private List<Line> lines = List.of();

    @PostConstruct
    void readLimit() {
        maxFileBytes = ConfigProvider.getConfig().getOptionalValue("oa.import.max-file-bytes", Long.class)
                .orElse(26_214_400L);
    }

    public long getMaxFileBytes() {
        return maxFileBytes;
    }

    public long getMaxFileMegabytes() {
        return maxFileBytes / (1024 * 1024);
    }

    /** Reads the uploaded file and shows its dry run; nothing is stored. */
    public void received(FileUploadEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UploadedFile upload = event.getFile();
        clear();
        String name = upload.getFileName();
        if (upload.getSize() == 0) {
            error(faces, "“" + name + "” is empty: there is nothing to import.");
            return;
        }
        if (upload.getSize() > maxFileBytes) {
            error(faces, "“" + name + "” is larger than " + getMaxFileMegabytes() + " MB. Split it into smaller "
                    + "files and import them one after the other.");
            return;
        }
        byte[] bytes;
        try (InputStream in = upload.getInputStream()) {
            bytes = in.readNBytes((int) maxFileBytes + 1);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "An uploaded import file could not be read: " + e.getClass().getName());
            error(faces, "“" + name + "” could not be received. Please upload it again.");
            return;
        }
        try {
            ImportPreview preview = imports.preview(SignedInUser.current().practiceId(), bytes, actor());
            file = bytes;
            fileName = name;
            show(preview, false);
        } catch (PatientImports.NotUtf8Exception e) {
            error(faces, "“" + name + "” is not saved as UTF-8 text, so names with accents would be read wrongly. "
                    + "In your spreadsheet, save it as “CSV UTF-8” and upload it again.");
        }
    }

    /** Imports the file shown, when its dry run has no problem; otherwise nothing is written. */
    public void importFile() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (file == null || report == null || imported) {
            error(faces, "Upload the file first: its check shows what the import will do.");
            return;
        }
        try {
            ImportResult result = imports.importFile(SignedInUser.current().practiceId(), file, actor());
            show(result.report(), result.isImported());
            if (result.isImported()) {
                file = null;
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Imported: "
                        + summary(result.report()) + ".", null));
            } else {
                error(faces, "Nothing was imported: checking the file again found problems (another user may have "
                        + "registered patients meanwhile). Fix the rows below and upload the file again.");
            }
        } catch (PatientImports.NotUtf8Exception e) {
            error(faces, "The file is not UTF-8 text. Save it as “CSV UTF-8” and upload it again.");
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "A patient import failed and was rolled back: " + e.getClass().getName());
            error(faces, "The import could not be finished, so nothing was imported. Please try again; if it "
                    + "fails again, tell support the time it happened.");
        }
    }

    /** The header row of an import file with every column, to start from. */
    public StreamedContent getTemplate() {
        byte[] header = (ImportColumn.headerRow() + "\r\n").getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("patients-template.csv").contentType("text/csv")
                .contentLength((long) header.length).stream(() -> new ByteArrayInputStream(header)).build();
    }

    /** The columns of the format with whether each is required, for the page's help. */
    public List<ImportColumn> getColumns() {
        return List.of(ImportColumn.values());
    }

    public boolean isChecked() {
        return report != null;
    }

    public boolean isImported() {
        return imported;
    }

    /** Whether the file shown can be imported now. */
    public boolean isImportable() {
        return report != null && !imported && file != null && report.isImportable();
    }

    public String getFileName() {
        return fileName;
    }

    /** The dry run or the import, in one sentence. */
    public String getSummary() {
        return report == null ? "" : summary(report);
    }

    public int getProblemCount() {
        return report == null ? 0 : report.problems().size();
    }

    /** Every line of the report: problems first (file, then rows in order), then each row's outcome. */
    public List<Line> getLines() {
        return lines;
    }

    private void show(ImportPreview preview, boolean done) {
        report = preview;
        imported = done;
        List<Line> all = new ArrayList<>();
        for (ImportProblem p : preview.fileProblems()) {
            all.add(new Line(p.row(), "The whole file", p.column(), p.message(), p.code().name(), true));
        }
        for (RowOutcome row : preview.rows()) {
            if (row.action() == RowOutcome.Action.INVALID) {
                for (ImportProblem p : row.problems()) {
                    all.add(new Line(row.row(), "Cannot be imported", p.column(), p.message(), p.code().name(),
                            true));
                }
            }
        }
        for (RowOutcome row : preview.rows()) {
            if (row.action() != RowOutcome.Action.INVALID) {
                all.add(new Line(row.row(), words(row.action(), done), "", changes(row), "", false));
            }
        }
        lines = List.copyOf(all);
    }

    private static String words(RowOutcome.Action action, boolean done) {
        return switch (action) {
            case CREATE -> done ? "New patient registered" : "New patient";
            case UPDATE -> done ? "Patient updated" : "Patient imported before: will be updated";
            case UNCHANGED -> "Imported before, no change";
            case INVALID -> "Cannot be imported";
        };
    }

    private static String changes(RowOutcome row) {
        return row.action() == RowOutcome.Action.UPDATE && !row.changes().isEmpty()
                ? "Changes: " + String.join(", ", row.changes()) : "";
    }

    private static String summary(ImportPreview preview) {
        int rows = preview.rows().size();
        StringBuilder b = new StringBuilder().append(count(rows, "row", "rows"));
        b.append(": ").append(count(preview.count(RowOutcome.Action.CREATE), "new patient", "new patients"));
        b.append(", ").append(count(preview.count(RowOutcome.Action.UPDATE), "patient to update",
                "patients to update"));
        b.append(", ").append(preview.count(RowOutcome.Action.UNCHANGED)).append(" unchanged");
        int invalid = preview.count(RowOutcome.Action.INVALID);
        if (invalid > 0 || !preview.fileProblems().isEmpty()) {
            b.append(", ").append(count(invalid, "row with problems", "rows with problems"));
        }
        return b.toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** A value for the CSV download that a spreadsheet does not run as a formula. */
    public String cell(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private void clear() {
        file = null;
        fileName = null;
        report = null;
        imported = false;
        lines = List.of();
    }

    private static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static PracticePatients.Actor actor() {
        SignedInUser user = SignedInUser.current();
        return new PracticePatients.Actor(user.accountId(), user.portal().portal(), PAGE);
    }
}
