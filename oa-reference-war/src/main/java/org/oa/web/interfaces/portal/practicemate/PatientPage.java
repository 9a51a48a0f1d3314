package org.oa.web.interfaces.portal.practicemate;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.core.contact.Address;
import org.oa.core.contact.Phone;
import org.oa.core.contact.PhoneType;
import org.oa.core.identifier.MemberId;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.CoverageId;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.DuplicateCheck;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientRelationship;
import org.oa.core.patient.PatientStatus;
import org.oa.core.patient.PersonName;
import org.oa.core.patient.RelatedPerson;
import org.oa.core.patient.Sex;
import org.oa.core.practice.RecordProblem;
import org.oa.core.practice.SaveResult;
import org.oa.web.application.payer.PayerLookup;
import org.oa.web.application.practice.PracticePatients;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/**
 * Practice Mate's patient page: registers a new patient (asking first when one with the same name and birth date
 * exists), changes demographics and status (active, inactive, deceased), and adds, changes the end of, and lists
 * coverages. Each problem is shown beside its box, in words; nothing is stored until everything can be.
 */
@PortalPage(PortalSite.PRACTICE_MATE)
@Named("practiceMatePatientPage")
@ViewScoped
public class PatientPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String PAGE = "Practice Mate patient page";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    @Inject
    PracticePatients patients;

    @Inject
    PayerLookup payerLookup;

    private String id;
    private boolean loaded;
    private PatientRecord stored;
    private List<CoverageRow> coverages = List.of();

    // Demographics as typed.
    private String accountNumber = "";
    private String firstName = "";
    private String middleName = "";
    private String lastName = "";
    private LocalDate birthDate;
    private String sex = "UNKNOWN";
    private String line1 = "";
    private String line2 = "";
    private String city = "";
    private String state = "";
    private String zip = "";
    private String homePhone = "";
    private String mobilePhone = "";
    private String workPhone = "";
    private String email = "";
    private String language = "";
    private String status = "ACTIVE";

    // The coverage being added.
    private String payer = "";
    private String memberId = "";
    private String groupNumber = "";
    private String priority = "PRIMARY";
    private String relationship = "SELF";
    private String subscriberFirst = "";
    private String subscriberLast = "";
    private LocalDate subscriberBirthDate;
    private String subscriberSex = "UNKNOWN";
    private LocalDate effectiveFrom;
    private LocalDate effectiveTo;

    /** Possible duplicates found when registering, shown for confirmation. */
    private List<String> duplicates = List.of();

    /** One coverage as listed. */
    public record CoverageRow(String id, String priority, String payer, String memberId, String groupNumber,
                              String relationship, String from, String to, boolean inEffect) implements Serializable {
    }

    /** Reads the patient named by the {@code id} parameter, or prepares a new one. Once per view. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null || id.isBlank()) {
            accountNumber = patients.nextAccountNumber(SignedInUser.current().practiceId(), "P-").value();
            return;
        }
        Optional<PracticePatients.PatientFile> file;
        try {
            file = patients.open(SignedInUser.current().practiceId(), new PatientId(UUID.fromString(id)), actor());
        } catch (IllegalArgumentException e) {
            file = Optional.empty();
        }
        if (file.isEmpty()) {
            // Unknown, malformed or another practice's ID: the same not-found page for all.
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        show(file.get());
    }

    private void show(PracticePatients.PatientFile file) {
        stored = file.patient();
        PatientRecord p = stored;
        accountNumber = p.accountNumber().value();
        firstName = p.name().first();
        middleName = p.name().middle();
        lastName = p.name().last();
        birthDate = p.birthDate();
        sex = p.sex().name();
        line1 = p.address().line1();
        line2 = p.address().line2();
        city = p.address().city();
        state = p.address().state();
        zip = p.address().zip();
        homePhone = p.phone(PhoneType.HOME).map(PatientPage::dashed).orElse("");
        mobilePhone = p.phone(PhoneType.MOBILE).map(PatientPage::dashed).orElse("");
        workPhone = p.phone(PhoneType.WORK).map(PatientPage::dashed).orElse("");
        email = p.email();
        language = p.preferredLanguage();
        status = p.status().name();
        LocalDate today = LocalDate.now();
        coverages = file.coverages().stream().map(c -> new CoverageRow(c.coverage().id().toString(),
                words(c.coverage().priority().name()), c.payerName() + " (" + c.coverage().payerId().value() + ")",
                c.coverage().memberId().value(), c.coverage().groupNumber(), words(c.coverage().relationship().name()),
                day(c.coverage().effectiveFrom()), day(c.coverage().effectiveTo()),
                c.coverage().isInEffectOn(today))).toList();
    }

    /** Saves the demographics: registers a new patient or stores the changes. */
    public String save() {
        return save(DuplicateCheck.CHECK);
    }

    /** Registers the patient although a patient with the same name and birth date exists (the user confirmed). */
    public String saveAnotherPerson() {
        return save(DuplicateCheck.CONFIRMED);
    }

    private String save(DuplicateCheck check) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<PatientRecord> typed = typedPatient(faces);
        if (typed.isEmpty()) {
            return null;
        }
        SignedInUser user = SignedInUser.current();
        SaveResult<PatientRecord> result = stored == null
                ? patients.register(user.practiceId(), typed.get(), check, actor())
                : patients.update(user.practiceId(), typed.get(), actor());
        if (result.refusedFor(RecordProblem.Code.POSSIBLE_DUPLICATE)) {
            duplicates = patients.possibleDuplicates(user.practiceId(), typed.get(), actor()).stream()
                    .map(d -> d.name().last() + ", " + d.name().first() + " · born " + day(d.birthDate())
                            + " · account " + d.accountNumber().value()).toList();
            return null;
        }
        if (!result.isSaved()) {
            for (RecordProblem problem : result.problems()) {
                faces.addMessage(boxOf(problem.field()), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        problem.message(), null));
            }
            return null;
        }
        duplicates = List.of();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, stored == null
                ? "The patient is registered." : "The changes are saved.", null));
        return "patient?faces-redirect=true&id=" + result.saved().orElseThrow().id();
    }

    /** The patient as typed, or empty with a message beside each box that cannot be read. */
    private Optional<PatientRecord> typedPatient(FacesContext faces) {
        Map<String, String> problems = new LinkedHashMap<>();
        AccountNumber account = read(problems, "accountNumber", () -> AccountNumber.of(accountNumber.strip()),
                "Account no.: 1 to 20 letters, digits or dashes.");
        PersonName name = read(problems, "lastName", () -> new PersonName(firstName, middleName, lastName),
                "Name: first and last name are needed (first up to 35, last up to 60 characters).");
        if (birthDate == null) {
            problems.put("birthDate", "Date of birth: needed, as MM/DD/YYYY.");
        } else if (birthDate.isAfter(LocalDate.now())) {
            problems.put("birthDate", "Date of birth: it cannot be in the future.");
        }
        List<Phone> phones = new ArrayList<>();
        phone(problems, phones, "homePhone", PhoneType.HOME, homePhone);
        phone(problems, phones, "mobilePhone", PhoneType.MOBILE, mobilePhone);
        phone(problems, phones, "workPhone", PhoneType.WORK, workPhone);
        if (!state.isBlank() && !state.strip().matches("[A-Za-z]{2}")) {
            problems.put("state", "State: the two-letter code, e.g. IL.");
        }
        if (!zip.isBlank() && !zip.strip().replace("-", "").matches("\\d{5}(\\d{4})?")) {
            problems.put("zip", "ZIP code: five digits, or nine (12345-6789).");
        }
        PatientRecord.Builder builder = stored == null
                ? PatientRecord.builder().id(PatientId.random()).practiceId(SignedInUser.current().practiceId())
                : stored.toBuilder();
        PatientRecord record = null;
        if (problems.isEmpty()) {
            try {
                builder.accountNumber(account).name(name).birthDate(birthDate).sex(Sex.valueOf(sex))
                        .address(new Address(line1.strip(), line2.strip(), city.strip(),
                                state.strip().toUpperCase(Locale.ROOT), zip.strip().replace("-", "")))
                        .status(PatientStatus.valueOf(status));
                for (PhoneType type : PhoneType.values()) {
                    builder.noPhone(type);
                }
                for (Phone p : phones) {
                    builder.phone(p.type(), p.number());
                }
                read(problems, "email", () -> builder.email(email.strip()),
                        "E-mail: an address such as name@example.org.");
                read(problems, "language", () -> builder.preferredLanguage(language.strip()),
                        "Preferred language: a language code such as en or es.");
                if (problems.isEmpty()) {
                    record = read(problems, "lastName", builder::build, "Some boxes cannot be read; check them.");
                }
            } catch (IllegalArgumentException e) {
                problems.put("lastName", "Some boxes cannot be read; check them.");
            }
        }
        problems.forEach((box, message) -> faces.addMessage(box, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                message, null)));
        return problems.isEmpty() ? Optional.ofNullable(record) : Optional.empty();
    }

    /** Adds the coverage typed in the coverage box to the stored patient. */
    public void addCoverage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (stored == null) {
            faces.addMessage("payer", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Save the patient first, then add coverages.", null));
            return;
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String payerText = payer.contains(" · ") ? payer.substring(0, payer.indexOf(" · ")) : payer;
        PayerId payerId = read(problems, "payer", () -> PayerId.of(payerText.strip().toUpperCase(Locale.ROOT)),
                "Payer: pick the payer from the list (type its name or ID).");
        if (payerId != null && !patients.knownPayer(payerId)) {
            problems.put("payer", "Payer: not in the payer list. Pick the payer from the list (type its name or ID).");
        }
        MemberId member = read(problems, "memberId", () -> new MemberId(memberId.strip()),
                "Member ID: as on the insurance card (letters and digits).");
        PatientRelationship rel = PatientRelationship.valueOf(relationship);
        RelatedPerson subscriber = null;
        if (rel != PatientRelationship.SELF) {
            if (subscriberBirthDate == null) {
                problems.put("subscriberBirthDate", "Subscriber's date of birth: needed when the patient is not the "
                        + "subscriber.");
            }
            subscriber = read(problems, "subscriberLast", () -> new RelatedPerson(
                    PersonName.of(subscriberFirst, subscriberLast), subscriberBirthDate, Sex.valueOf(subscriberSex),
                    null, null), "Subscriber: first and last name are needed.");
        }
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            problems.put("effectiveTo", "Last day: it cannot be before the first day.");
        }
        if (problems.isEmpty()) {
            RelatedPerson s = subscriber;
            CoverageRecord coverage = read(problems, "groupNumber", () -> new CoverageRecord(CoverageId.random(),
                    stored.id(), payerId, member, groupNumber, rel, s, CoveragePriority.valueOf(priority),
                    effectiveFrom, effectiveTo), "Group number: at most 50 characters.");
            if (coverage != null) {
                SaveResult<CoverageRecord> result = patients.addCoverage(SignedInUser.current().practiceId(), coverage,
                        actor());
                if (result.isSaved()) {
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "The coverage is added.",
                            null));
                    clearCoverageBox();
                    reload();
                    return;
                }
                result.problems().forEach(p -> problems.put(p.code() == RecordProblem.Code.COVERAGE_ORDER_OVERLAP
                        ? "priority" : "payer", p.message()));
            }
        }
        problems.forEach((box, message) -> faces.addMessage(box, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                message, null)));
    }

    /** Ends a coverage yesterday (the patient no longer has it today). */
    public void endCoverage(String coverageId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<CoverageRecord> coverage;
        try {
            coverage = patients.coverage(SignedInUser.current().practiceId(),
                    new CoverageId(UUID.fromString(coverageId)), actor());
        } catch (IllegalArgumentException e) {
            coverage = Optional.empty();
        }
        if (coverage.isEmpty() || stored == null || !coverage.get().patientId().equals(stored.id())) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "That coverage is not this "
                    + "patient's any more. The page was opened again.", null));
            reload();
            return;
        }
        LocalDate yesterday = LocalDate.now().minusDays(1);
        CoverageRecord c = coverage.get();
        LocalDate last = c.effectiveFrom() != null && yesterday.isBefore(c.effectiveFrom()) ? c.effectiveFrom()
                : yesterday;
        SaveResult<CoverageRecord> result = patients.updateCoverage(SignedInUser.current().practiceId(),
                c.endingOn(last), actor());
        faces.addMessage(null, result.isSaved()
                ? new FacesMessage(FacesMessage.SEVERITY_INFO, "The coverage ends on " + day(last) + ".", null)
                : new FacesMessage(FacesMessage.SEVERITY_ERROR, result.problems().get(0).message(), null));
        reload();
    }

    /** Payers for the coverage box: ID or name containing what was typed, as "ID · name". */
    public List<String> completePayer(String typed) {
        String term = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (term.isEmpty()) {
            return List.of();
        }
        // The payer list's own search (ID or name containing the term); IDs that start with it first, then names.
        return payerLookup.search(term).stream()
                .sorted(java.util.Comparator.comparingInt((PayerLookup.Row p) ->
                        p.payerId().toLowerCase(Locale.ROOT).startsWith(term) ? 0
                                : p.name().toLowerCase(Locale.ROOT).startsWith(term) ? 1 : 2)
                        .thenComparing(PayerLookup.Row::payerId))
                .limit(10).map(p -> p.payerId() + " · " + p.name()).toList();
    }

    private void reload() {
        patients.open(SignedInUser.current().practiceId(), stored.id(), actor()).ifPresent(this::show);
    }

    private void clearCoverageBox() {
        payer = "";
        memberId = "";
        groupNumber = "";
        priority = "PRIMARY";
        relationship = "SELF";
        subscriberFirst = "";
        subscriberLast = "";
        subscriberBirthDate = null;
        subscriberSex = "UNKNOWN";
        effectiveFrom = null;
        effectiveTo = null;
    }

    /** A stored number as typed at the desk: 217-555-0100. */
    private static String dashed(Phone phone) {
        String d = phone.number();
        return d.length() == 10 ? d.substring(0, 3) + "-" + d.substring(3, 6) + "-" + d.substring(6) : d;
    }

    private static void phone(Map<String, String> problems, List<Phone> phones, String box, PhoneType type,
                              String typed) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        String digits = Phone.digits(typed);
        if (digits == null) {
            problems.put(box, "Phone: the 10 digits of the number, e.g. 217-555-0100.");
        } else {
            phones.add(Phone.of(type, digits));
        }
    }

    private interface Reading<T> {
        T get();
    }

    private static <T> T read(Map<String, String> problems, String box, Reading<T> reading, String message) {
        try {
            return reading.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.putIfAbsent(box, message);
            return null;
        }
    }

    private static String boxOf(String field) {
        return field.endsWith("accountNumber") ? "accountNumber" : field.startsWith("coverage") ? "payer" : "lastName";
    }

    private static String words(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    private static PracticePatients.Actor actor() {
        SignedInUser user = SignedInUser.current();
        return new PracticePatients.Actor(user.accountId(), user.portal().portal(), PAGE);
    }

    /** Whether this page shows a stored patient (else it registers a new one). */
    public boolean isStored() {
        return stored != null;
    }

    public String getTitle() {
        return stored == null ? "New patient" : stored.name().last() + ", " + stored.name().first();
    }

    public List<CoverageRow> getCoverages() {
        return coverages;
    }

    public List<String> getDuplicates() {
        return duplicates;
    }

    public Map<String, String> getSexes() {
        return Map.of("Female", "FEMALE", "Male", "MALE", "Unknown", "UNKNOWN");
    }

    public List<String> getStatuses() {
        return List.of("ACTIVE", "INACTIVE", "DECEASED");
    }

    public List<String> getPriorities() {
        return List.of("PRIMARY", "SECONDARY", "TERTIARY");
    }

    public List<String> getRelationships() {
        return List.of("SELF", "SPOUSE", "CHILD", "LIFE_PARTNER", "OTHER");
    }

    /** A constant as the user reads it: PRIMARY → Primary. */
    public String label(String constant) {
        return words(constant);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null ? "" : id;
    }
    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber == null ? "" : accountNumber;
    }
    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName == null ? "" : firstName;
    }
    public String getMiddleName() {
        return middleName;
    }

    public void setMiddleName(String middleName) {
        this.middleName = middleName == null ? "" : middleName;
    }
    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName == null ? "" : lastName;
    }
    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }
    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex == null ? "" : sex;
    }
    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1 == null ? "" : line1;
    }
    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2 == null ? "" : line2;
    }
    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city == null ? "" : city;
    }
    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state == null ? "" : state;
    }
    public String getZip() {
        return zip;
    }

    public void setZip(String zip) {
        this.zip = zip == null ? "" : zip;
    }
    public String getHomePhone() {
        return homePhone;
    }

    public void setHomePhone(String homePhone) {
        this.homePhone = homePhone == null ? "" : homePhone;
    }
    public String getMobilePhone() {
        return mobilePhone;
    }

    public void setMobilePhone(String mobilePhone) {
        this.mobilePhone = mobilePhone == null ? "" : mobilePhone;
    }
    public String getWorkPhone() {
        return workPhone;
    }

    public void setWorkPhone(String workPhone) {
        this.workPhone = workPhone == null ? "" : workPhone;
    }
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email;
    }
    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null ? "" : language;
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
    public String getMemberId() {
        return memberId;
    }

    public void setMemberId(String memberId) {
        this.memberId = memberId == null ? "" : memberId;
    }
    public String getGroupNumber() {
        return groupNumber;
    }

    public void setGroupNumber(String groupNumber) {
        this.groupNumber = groupNumber == null ? "" : groupNumber;
    }
    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority == null ? "" : priority;
    }
    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship == null ? "" : relationship;
    }
    public String getSubscriberFirst() {
        return subscriberFirst;
    }

    public void setSubscriberFirst(String subscriberFirst) {
        this.subscriberFirst = subscriberFirst == null ? "" : subscriberFirst;
    }
    public String getSubscriberLast() {
        return subscriberLast;
    }

    public void setSubscriberLast(String subscriberLast) {
        this.subscriberLast = subscriberLast == null ? "" : subscriberLast;
    }
    public LocalDate getSubscriberBirthDate() {
        return subscriberBirthDate;
    }

    public void setSubscriberBirthDate(LocalDate subscriberBirthDate) {
        this.subscriberBirthDate = subscriberBirthDate;
    }
    public String getSubscriberSex() {
        return subscriberSex;
    }

    public void setSubscriberSex(String subscriberSex) {
        this.subscriberSex = subscriberSex == null ? "" : subscriberSex;
    }
    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }
    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public void setEffectiveTo(LocalDate effectiveTo) {
        this.effectiveTo = effectiveTo;
    }
}
