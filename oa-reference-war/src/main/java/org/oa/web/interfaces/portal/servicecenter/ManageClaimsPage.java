package org.oa.web.interfaces.portal.servicecenter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.core.claim.ClaimSearch;
import org.oa.core.claim.StoredClaim;
import org.oa.core.identifier.InvalidIdentifierException;
import org.oa.core.identifier.PayerId;
import org.oa.core.lifecycle.ClaimStatus;
import org.oa.web.application.ClaimWork;
import org.oa.web.application.PatientDataAudit;
import org.oa.web.interfaces.portal.PortalPage;
import org.oa.web.interfaces.portal.PortalSite;
import org.oa.web.interfaces.portal.SignedInUser;

/**
 * Backs Manage Claims ({@code claims.xhtml}): the practice's claims received in the last 90 days by default (up to
 * a year), searched by patient name, claim number, payer, date of service and status. A GET form, so a search
 * can be bookmarked. The list shows patients' names, so each search that finds claims is recorded in the audit
 * trail as one {@code PATIENT_DATA_VIEWED} entry with the number of claims shown (not one entry per patient).
 */
@PortalPage(PortalSite.SERVICE_CENTER)
@Named("manageClaimsPage")
@RequestScoped
public class ManageClaimsPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final int SHOWN = 500;

    @Inject
    ClaimWork claimWork;

    @Inject
    PatientDataAudit patientDataAudit;

    private List<Row> rows;
    private final List<String> problems = new ArrayList<>();

    /** One claim in the list. */
    public record Row(String id, String received, String patientControlNumber, String patient, String serviceDate,
                      String payer, String charge, String status) {
    }

    public List<String> getStatuses() {
        return java.util.Arrays.stream(ClaimStatus.values()).map(Enum::name).toList();
    }

    public List<String> getProblems() {
        getRows();
        return problems;
    }

    public int getShownLimit() {
        return SHOWN;
    }

    public List<Row> getRows() {
        if (rows != null) {
            return rows;
        }
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        int days = 90;
        try {
            days = Math.max(1, Math.min(365, Integer.parseInt(p.getOrDefault("days", "90"))));
        } catch (NumberFormatException e) {
            problems.add("Received within: enter a number of days up to 365.");
        }
        ClaimStatus status = null;
        String s = p.getOrDefault("status", "");
        if (!s.isEmpty()) {
            try {
                status = ClaimStatus.valueOf(s);
            } catch (IllegalArgumentException e) {
                problems.add("Unknown status.");
            }
        }
        PayerId payer = null;
        String payerText = p.getOrDefault("payer", "").strip();
        if (!payerText.isEmpty()) {
            try {
                payer = PayerId.of(payerText.toUpperCase(java.util.Locale.ROOT));
            } catch (InvalidIdentifierException | IllegalArgumentException e) {
                problems.add("Payer ID: letters and digits only.");
            }
        }
        LocalDate from = date(p.get("dosFrom"), "Service from");
        LocalDate to = date(p.get("dosTo"), "Service to");
        Instant now = Instant.now();
        ClaimSearch search = new ClaimSearch(now.minus(days, ChronoUnit.DAYS), now.plusSeconds(1), status,
                p.getOrDefault("q", ""), payer, from, to);
        rows = new ArrayList<>();
        for (StoredClaim c : claimWork.search(ClaimFormPage.practice(), search, SHOWN)) {
            LocalDate dos = c.claim().firstServiceDate();
            rows.add(new Row(c.claim().id().toString(), DAY.format(c.lifecycle().history().get(0).at()),
                    c.claim().patientControlNumber(), c.claim().patient().lastName() + ", "
                    + c.claim().patient().firstName(), dos == null ? "" : dos.toString(), c.claim().payerId().value(),
                    c.claim().totalCharge().toPlainString(), c.lifecycle().status().name()));
        }
        if (!rows.isEmpty()) {
            SignedInUser user = SignedInUser.current();
            patientDataAudit.claimListViewed(user.accountId(), user.portal().portal(), "Manage Claims", rows.size());
        }
        return rows;
    }

    private LocalDate date(String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(label + ": enter the date as YYYY-MM-DD.");
            return null;
        }
    }
}
