package org.oa.web.interfaces.portal.patient;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.core.patient.CoveragePriority;
import org.oa.web.application.patientportal.PatientPortalRecords;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/**
 * Backs the Patient Ally dashboard: the signed-in patient's own name, date of birth, account number and coverages.
 * The record is the one linked to the session's account; the page takes no patient from the request, so no other
 * record can be asked for. Reading it is audited (once per request).
 */
@PortalPage(PortalSite.PATIENT)
@Named("patientAllyHome")
@RequestScoped
public class PatientHome {

    /** The page as the audit trail names it. */
    static final String PAGE = "Patient Ally dashboard";

    private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

    @Inject
    PatientPortalRecords records;

    private Optional<PatientPortalRecords.OwnRecord> own;

    /** One coverage as shown: payer name, member ID masked but for its last four characters, and its order. */
    public record CoverageRow(String payerName, String memberId, String order) {
    }

    private Optional<PatientPortalRecords.OwnRecord> own() {
        if (own == null) {
            own = records.ownRecord(SignedInUser.current().accountId(), PAGE);
        }
        return own;
    }

    /** Whether the practice linked a patient record to this account. */
    public boolean isLinked() {
        return own().isPresent();
    }

    /** The patient's name as registered, "First Middle Last". */
    public String getName() {
        return own().map(r -> {
            var name = r.patient().name();
            return name.middle().isEmpty() ? name.first() + " " + name.last()
                    : name.first() + " " + name.middle() + " " + name.last();
        }).orElse("");
    }

    /** The date of birth, e.g. "March 4, 1986". */
    public String getBirthDate() {
        return own().map(r -> BIRTH_DATE.format(r.patient().birthDate())).orElse("");
    }

    /** The patient's account number at the practice. */
    public String getAccountNumber() {
        return own().map(r -> r.patient().accountNumber().value()).orElse("");
    }

    /** The coverages in effect today, primary first. */
    public List<CoverageRow> getCoverages() {
        return own().map(r -> r.coverages().stream().map(c -> new CoverageRow(c.payerName(),
                masked(c.memberId().value()), order(c.priority()))).toList()).orElse(List.of());
    }

    /** A member ID with all but its last four characters replaced by bullets; short IDs show at most half. */
    static String masked(String memberId) {
        int shown = Math.min(4, memberId.length() / 2);
        return "\u2022".repeat(memberId.length() - shown) + memberId.substring(memberId.length() - shown);
    }

    static String order(CoveragePriority priority) {
        return switch (priority) {
            case PRIMARY -> "Primary";
            case SECONDARY -> "Secondary";
            case TERTIARY -> "Tertiary";
        };
    }
}
