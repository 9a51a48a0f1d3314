package org.oa.web.interfaces.portal.servicecenter;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.core.claim.ClaimOrder;
import org.oa.core.claim.ClaimPage;
import org.oa.core.claim.ClaimSearch;
import org.oa.core.claim.StoredClaim;
import org.oa.core.identifier.InvalidIdentifierException;
import org.oa.core.identifier.PayerId;
import org.oa.core.lifecycle.ClaimStatus;
import org.oa.web.application.clearinghouse.ClaimWork;
import org.oa.web.application.audit.PatientDataAudit;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backs Manage Claims ({@code claims.xhtml}): all of the practice's claims in a grid that the database pages, sorts
 * and filters (patient name, account number or claim ID; payer; status; dates of service; received within up to a
 * year, 90 days until changed). There is no cut-off: the grid pages through every match. A link may preset the
 * filters with the parameters {@code q}, {@code status}, {@code payer}, {@code dosFrom}, {@code dosTo} and {@code
 * days}, so a search can be bookmarked.
 *
 * <p>The grid shows patients' names, so each page of it that shows claims is recorded in the audit trail as one
 * {@code PATIENT_DATA_VIEWED} entry with the number of claims shown (not one entry per patient).
 */
@PortalPage(PortalSite.SERVICE_CENTER)
@Named("serviceCenterManageClaimsPage")
@ViewScoped
public class ManageClaimsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final List<Integer> PERIODS = List.of(7, 30, 90, 180, 365);

    @Inject
    ClaimWork claimWork;

    @Inject
    PatientDataAudit patientDataAudit;

    private String text = "";
    private String status = "";
    private String payer = "";
    private List<LocalDate> serviceDates;
    private int days = 90;
    private final Rows rows = new Rows();
    private String problem = "";

    /**
     * One claim in the grid, with bean getters (the grid, its filters and its export read it through EL);
     * {@code toString()} names the claim only.
     */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String id;
        private final String received;
        private final String patientControlNumber;
        private final String patient;
        private final String serviceDate;
        private final String payer;
        private final String charge;
        private final String status;

        Row(String id, String received, String patientControlNumber, String patient, String serviceDate, String payer,
            String charge, String status) {
            this.id = id;
            this.received = received;
            this.patientControlNumber = patientControlNumber;
            this.patient = patient;
            this.serviceDate = serviceDate;
            this.payer = payer;
            this.charge = charge;
            this.status = status;
        }

        public String getId() {
            return id;
        }

        public String getReceived() {
            return received;
        }

        public String getPatientControlNumber() {
            return patientControlNumber;
        }

        public String getPatient() {
            return patient;
        }

        public String getServiceDate() {
            return serviceDate;
        }

        public String getPayer() {
            return payer;
        }

        public String getCharge() {
            return charge;
        }

        public String getStatus() {
            return status;
        }

        @Override
        public String toString() {
            return "Row[claim " + id + "]";
        }
    }

    /** Presets the filters from the address (a bookmarked or linked search). */
    @PostConstruct
    void presetFromParameters() {
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        text = p.getOrDefault("q", "").strip();
        status = p.getOrDefault("status", "").strip();
        payer = p.getOrDefault("payer", "").strip();
        try {
            days = Integer.parseInt(p.getOrDefault("days", "90").strip());
        } catch (NumberFormatException e) {
            days = 90;
        }
        LocalDate from = date(p.get("dosFrom"));
        LocalDate to = date(p.get("dosTo"));
        if (from != null || to != null) {
            serviceDates = new ArrayList<>(Arrays.asList(from != null ? from : to, to != null ? to : from));
        }
    }

    public LazyDataModel<Row> getRows() {
        return rows;
    }

    /**
     * What the grid could not understand in its filters, in words (shown instead of the claims); empty when all
     * filters were understood.
     */
    public String getProblem() {
        return problem;
    }

    public List<String> getStatuses() {
        return Arrays.stream(ClaimStatus.values()).map(Enum::name).toList();
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
    }

    public String getPayer() {
        return payer;
    }

    public void setPayer(String payer) {
        this.payer = payer == null ? "" : payer;
    }

    public List<LocalDate> getServiceDates() {
        return serviceDates;
    }

    public void setServiceDates(List<LocalDate> serviceDates) {
        this.serviceDates = serviceDates;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    /** The grid's data: each call asks the database for one page, in the order and with the filters shown. */
    private final class Rows extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            ClaimSearch search = search(filterBy, false);
            return search == null ? 0 : (int) Math.min(Integer.MAX_VALUE,
                    claimWork.page(ClaimFormPage.practice(), search, ClaimOrder.NEWEST_FIRST, 0, 1).total());
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            ClaimSearch search = search(filterBy, true);
            if (search == null) {
                setRowCount(0);
                return List.of();
            }
            ClaimPage page = claimWork.page(ClaimFormPage.practice(), search, order(sortBy), Math.max(0, first),
                    Math.max(1, pageSize));
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            List<Row> shown = page.claims().stream().map(ManageClaimsPage::row).toList();
            if (!shown.isEmpty()) {
                SignedInUser user = SignedInUser.current();
                patientDataAudit.claimListViewed(user.accountId(), user.portal().portal(), "Manage Claims",
                        shown.size());
            }
            return shown;
        }

        @Override
        public String getRowKey(Row row) {
            return row.getId();
        }
    }

    private static ClaimOrder order(Map<String, SortMeta> sortBy) {
        if (sortBy == null || sortBy.isEmpty()) {
            return ClaimOrder.NEWEST_FIRST;
        }
        SortMeta sort = sortBy.values().iterator().next();
        ClaimOrder.Column column = switch (sort.getField()) {
            case "patient" -> ClaimOrder.Column.PATIENT;
            case "patientControlNumber" -> ClaimOrder.Column.PATIENT_CONTROL_NUMBER;
            case "payer" -> ClaimOrder.Column.PAYER;
            case "charge" -> ClaimOrder.Column.CHARGE;
            case "status" -> ClaimOrder.Column.STATUS;
            default -> ClaimOrder.Column.RECEIVED;
        };
        return new ClaimOrder(column, sort.getOrder() != SortOrder.DESCENDING);
    }

    /**
     * The search the grid's filters describe; null (and a message beside the grid when {@code tell}) when one of
     * them cannot be understood.
     */
    private ClaimSearch search(Map<String, FilterMeta> filterBy, boolean tell) {
        List<String> problems = new ArrayList<>();
        if (filterBy != null) {
            text = filter(filterBy, "patient");
            status = filter(filterBy, "status");
            payer = filter(filterBy, "payer");
            String received = filter(filterBy, "received");
            try {
                days = received.isEmpty() ? 90 : Integer.parseInt(received);
            } catch (NumberFormatException e) {
                problems.add("Received within: choose a period from the list.");
            }
            serviceDates = dates(filterBy.get("serviceDate"));
        }
        int period = PERIODS.contains(days) ? days : 90;
        ClaimStatus wanted = null;
        if (!status.isBlank()) {
            try {
                wanted = ClaimStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                problems.add("Status: choose one from the list.");
            }
        }
        PayerId payerId = null;
        if (!payer.isBlank()) {
            try {
                payerId = PayerId.of(payer.strip().toUpperCase(Locale.ROOT));
            } catch (InvalidIdentifierException | IllegalArgumentException e) {
                problems.add("Payer ID: letters and digits only, as in the Payer List.");
            }
        }
        LocalDate from = null;
        LocalDate to = null;
        if (serviceDates != null && !serviceDates.isEmpty()) {
            from = serviceDates.get(0);
            to = serviceDates.size() > 1 && serviceDates.get(1) != null ? serviceDates.get(1) : from;
        }
        if (tell) {
            problem = String.join(" ", problems);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        Instant now = Instant.now();
        return new ClaimSearch(now.minus(period, ChronoUnit.DAYS), now.plusSeconds(1), wanted, text, payerId, from,
                to);
    }

    private static String filter(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null ? "" : value.toString().strip();
    }

    /** The service-date filter: a date picker's range, whatever date type it delivers. */
    private static List<LocalDate> dates(FilterMeta meta) {
        Object value = meta == null ? null : meta.getFilterValue();
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            return null;
        }
        List<LocalDate> out = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof LocalDate d) {
                out.add(d);
            } else if (o instanceof java.util.Date d) {
                out.add(d.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate());
            } else if (o != null) {
                LocalDate d = date(o.toString());
                if (d != null) {
                    out.add(d);
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static Row row(StoredClaim c) {
        LocalDate dos = c.claim().firstServiceDate();
        return new Row(c.claim().id().toString(), DAY.format(c.lifecycle().history().get(0).at()),
                c.claim().patientControlNumber(), c.claim().patient().lastName() + ", "
                + c.claim().patient().firstName(), dos == null ? "" : dos.toString(), c.claim().payerId().value(),
                money(c.claim().totalCharge()), c.lifecycle().status().name());
    }

    /**
     * A value as the CSV download writes it: text that a spreadsheet would run as a formula (it starts with
     * {@code = + - @}, a tab or a carriage return; names and account numbers come from claim files) gets a leading
     * apostrophe, so it is shown, not run.
     */
    public String cell(String value) {
        return spreadsheetSafe(value);
    }

    static String spreadsheetSafe(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static String money(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
