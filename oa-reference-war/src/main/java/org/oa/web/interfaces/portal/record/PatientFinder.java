package org.oa.web.interfaces.portal.record;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.PatientPage;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientSearch;
import org.oa.core.contact.PhoneType;
import org.oa.web.application.practice.PracticeToday;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Finds the practice's patients by name, date of birth, account number or phone, a page at a time from the
 * database (the grid sorts by name both ways). Each patient shown is in the audit trail with its ID. A criterion
 * that cannot be read says so and finds nobody, rather than listing every patient.
 */
@PortalPage({PortalSite.PRACTICE_MATE, PortalSite.EHR})
@Named("patientFinder")
@ViewScoped
public class PatientFinder implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    @Inject
    PracticeToday practiceToday;

    private String name = "";
    private LocalDate birthDate;
    private String accountNumber = "";
    private String phone = "";

    private final Rows rows = new Rows();

    private String problem = "";

    /** One patient as the finder lists it (bean properties, so that the grid can name its sort column). */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String id;
        private final String name;
        private final String birthDate;
        private final String accountNumber;
        private final String phone;
        private final String status;

        Row(String id, String name, String birthDate, String accountNumber, String phone, String status) {
            this.id = id;
            this.name = name;
            this.birthDate = birthDate;
            this.accountNumber = accountNumber;
            this.phone = phone;
            this.status = status;
        }

        public String getId() {
            return id;
        }

    public String getName() {
            return name;
        }

        public String getBirthDate() {
            return birthDate;
        }

        public String getAccountNumber() {
            return accountNumber;
        }

        public String getPhone() {
            return phone;
        }

        public String getStatus() {
            return status;
        }

        @Override
        public String toString() {
            return "PatientFinder.Row[" + id + "]";
        }
    }

    /** Why the last search found nobody because a criterion could not be read; empty otherwise. */
    public String getProblem() {
        return problem;
    }

    public LazyDataModel<Row> getRows() {
        return rows;
    }

    /** Shows the first page for the criteria typed. */
    public void search() {
        rows.setRowCount(0);
    }

    /** Clears the criteria: every patient, by name. */
    public void clear() {
        name = "";
        birthDate = null;
        accountNumber = "";
        phone = "";
    }

    /** The search for the typed criteria, or null (and, when {@code tell}, why: {@link #getProblem()}). */
    private PatientSearch criteria(boolean tell) {
        PatientSearch search = PatientSearch.everyone();
        List<String> problems = new java.util.ArrayList<>();
        if (name != null && !name.isBlank()) {
            if (name.strip().length() > 100) {
                problems.add("Name: type at most 100 characters.");
            } else {
                search = search.withName(name);
            }
        }
        if (birthDate != null) {
            search = search.withBirthDate(birthDate);
        }
        if (accountNumber != null && !accountNumber.isBlank()) {
            try {
                search = search.withAccountNumber(AccountNumber.of(accountNumber.strip()));
            } catch (IllegalArgumentException e) {
                problems.add("Account no.: letters, digits and dashes only, as on the patient's statement.");
            }
        }
        if (phone != null && !phone.isBlank()) {
            try {
                search = search.withPhone(phone);
            } catch (IllegalArgumentException e) {
                problems.add("Phone: type the 10 digits of the number, e.g. 217-555-0100.");
            }
        }
        if (!problems.isEmpty()) {
            if (tell) {
                problem = String.join(" ", problems);
            }
            return null;
        }
        if (tell) {
            problem = "";
        }
        return search;
    }

    /** The grid's data: one page per call, from the database. */
    private final class Rows extends LazyDataModel<Row> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            PatientSearch search = criteria(false);
            return search == null ? 0 : (int) Math.min(Integer.MAX_VALUE,
                    practiceToday.countPatients(SignedInUser.current().practiceId(), search));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            PatientSearch search = criteria(true);
            if (search == null) {
                setRowCount(0);
                return List.of();
            }
            boolean descending = sortBy != null && sortBy.values().stream()
                    .anyMatch(s -> s.getOrder() == SortOrder.DESCENDING);
            search = search.sortedBy(descending ? PatientSearch.Sort.NAME_DESCENDING : PatientSearch.Sort.NAME)
                    .page(Math.max(0, first), Math.max(1, Math.min(PatientSearch.MAX_LIMIT, pageSize)));
            SignedInUser user = SignedInUser.current();
            PatientPage page = practiceToday.findPatients(user.practiceId(), search, user.accountId(),
                    user.portal().portal(), user.portal().title() + " patient finder");
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.patients().stream().map(PatientFinder::row).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return row.getId();
        }
    }

    /** Ten digits as (217) 555-0100; anything else as stored. */
    static String formatPhone(String digits) {
        return digits != null && digits.matches("\\d{10}")
                ? "(" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-" + digits.substring(6) : digits;
    }

    private static Row row(PatientRecord p) {
        String shown = p.name().last() + ", " + p.name().first();
        String phone = p.phone(PhoneType.MOBILE).or(() -> p.phone(PhoneType.HOME)).or(() -> p.phone(PhoneType.WORK))
                .map(n -> formatPhone(n.number())).orElse("");
        return new Row(p.id().toString(), shown, p.birthDate().format(BIRTH), p.accountNumber().value(), phone,
                switch (p.status()) {
                    case ACTIVE -> "Active";
                    case INACTIVE -> "Inactive";
                    case DECEASED -> "Deceased";
                });
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber == null ? "" : accountNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null ? "" : phone;
    }
}
