package org.oa.core.internal.imports;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.oa.core.contact.Address;
import org.oa.core.contact.Phone;
import org.oa.core.identifier.InvalidIdentifierException;
import org.oa.core.identifier.MemberId;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.ExternalId;
import org.oa.core.patient.PatientRelationship;
import org.oa.core.patient.PersonName;
import org.oa.core.patient.Sex;
import org.oa.core.patient.imports.ImportColumn;
import org.oa.core.patient.imports.ImportProblem;
import org.oa.core.patient.imports.ImportProblem.Code;
import org.oa.core.patient.imports.PatientImport;
import org.oa.core.payer.PayerList;

/**
 * A patient import file read and checked against the format and the payer list, without a database: the columns
 * of its header, the problems of the file and each patient row as values or as problems. What depends on the
 * practice's stored patients (a taken account number, a coverage conflict) is checked by the caller. Immutable.
 *
 * @param columns      the columns the header names
 * @param fileProblems problems of the whole file (header, size)
 * @param rows         the patient rows in file order, blank rows left out
 */
public record ImportFile(Set<ImportColumn> columns, List<ImportProblem> fileProblems, List<Row> rows) {

    /**
     * One patient row: its values when it has no problem, otherwise its problems.
     *
     * @param row      the row number (header 1)
     * @param values   the values, or null when the row has problems
     * @param problems the problems, empty when the row is valid
     */
    public record Row(int row, ImportRow values, List<ImportProblem> problems) {
    }

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** USPS codes of the states, DC, the territories and the military post offices. */
    private static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT",
            "VT", "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "VI", "AA", "AE", "AP");

    public ImportFile {
        columns = Set.copyOf(columns);
        fileProblems = List.copyOf(fileProblems);
        rows = List.copyOf(rows);
    }

    /** Whether the file and every row are free of problems. */
    public boolean isValid() {
        return fileProblems.isEmpty() && rows.stream().allMatch(r -> r.problems().isEmpty());
    }

    /**
     * Reads the whole file. {@code today} bounds birth dates. Never throws for bad content, only for I/O.
     */
    public static ImportFile read(Reader csv, PayerList payers, LocalDate today) throws IOException {
        CsvRecords records = new CsvRecords(csv);
        CsvRecords.CsvRecord header = records.next();
        while (header != null && blank(header.fields())) {
            header = records.next();
        }
        List<ImportProblem> fileProblems = new ArrayList<>();
        if (header == null) {
            fileProblems.add(new ImportProblem(0, "", Code.EMPTY_FILE,
                    "The file is empty: it needs a header row and a row per patient."));
            return new ImportFile(Set.of(), fileProblems, List.of());
        }
        Map<ImportColumn, Integer> index = new EnumMap<>(ImportColumn.class);
        int headerRow = header.number();
        if (header.problem() != null) {
            fileProblems.add(new ImportProblem(headerRow, "", Code.MALFORMED_ROW,
                    "The header row cannot be read: " + header.problem() + "."));
        }
        List<String> names = header.fields();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            var column = ImportColumn.fromHeader(name);
            if (column.isEmpty()) {
                fileProblems.add(new ImportProblem(headerRow, "", Code.UNKNOWN_COLUMN, "Column " + (i + 1)
                        + " of the header is not a column of the patient import format: remove it or correct its"
                        + " name."));
            } else if (index.putIfAbsent(column.get(), i) != null) {
                fileProblems.add(new ImportProblem(headerRow, column.get().header(), Code.DUPLICATE_COLUMN,
                        "The header has this column twice."));
            }
        }
        for (ImportColumn c : ImportColumn.values()) {
            if (c.isRequired() && !index.containsKey(c)) {
                fileProblems.add(new ImportProblem(headerRow, c.header(), Code.MISSING_COLUMN,
                        "The header lacks this required column."));
            }
        }
        Set<ImportColumn> present = index.isEmpty() ? Set.of() : EnumSet.copyOf(index.keySet());
        if (!fileProblems.isEmpty()) {
            return new ImportFile(present, fileProblems, List.of());
        }
        RowChecks checks = new RowChecks(index, names.size(), payers, today);
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> externalIds = new HashMap<>();
        Map<String, Integer> accountNumbers = new HashMap<>();
        for (CsvRecords.CsvRecord r = records.next(); r != null; r = records.next()) {
            if (r.problem() == null && blank(r.fields())) {
                continue;
            }
            if (rows.size() == PatientImport.MAX_ROWS) {
                fileProblems.add(new ImportProblem(r.number(), "", Code.TOO_MANY_ROWS, "The file has more than "
                        + PatientImport.MAX_ROWS + " patient rows: split it into smaller files."));
                return new ImportFile(present, fileProblems, List.of());
            }
            Row row = checks.row(r);
            if (row.values() != null) {
                row = unique(row, externalIds, accountNumbers);
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            fileProblems.add(new ImportProblem(0, "", Code.EMPTY_FILE, "The file has a header row but no patients."));
        }
        return new ImportFile(present, fileProblems, rows);
    }

    /** Refuses a second row with the same external ID or account number. */
    private static Row unique(Row row, Map<String, Integer> externalIds, Map<String, Integer> accountNumbers) {
        List<ImportProblem> problems = new ArrayList<>(0);
        Integer first = externalIds.putIfAbsent(row.values().externalId().value(), row.row());
        if (first != null) {
            problems.add(new ImportProblem(row.row(), ImportColumn.EXTERNAL_ID.header(), Code.DUPLICATE_EXTERNAL_ID,
                    "Row " + first + " has the same external ID: each patient may appear once."));
        }
        AccountNumber account = row.values().accountNumber();
        if (account != null) {
            Integer other = accountNumbers.putIfAbsent(account.value(), row.row());
            if (other != null) {
                problems.add(new ImportProblem(row.row(), ImportColumn.ACCOUNT_NUMBER.header(),
                        Code.DUPLICATE_ACCOUNT_NUMBER, "Row " + other + " has the same account number."));
            }
        }
        return problems.isEmpty() ? row : new Row(row.row(), null, problems);
    }

    private static boolean blank(List<String> fields) {
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The checks of one row's values. */
    private static final class RowChecks {
        private final Map<ImportColumn, Integer> index;
        private final int width;
        private final PayerList payers;
        private final LocalDate today;
        private List<String> fields;
        private List<ImportProblem> problems;
        private int row;

        RowChecks(Map<ImportColumn, Integer> index, int width, PayerList payers, LocalDate today) {
            this.index = index;
            this.width = width;
            this.payers = payers;
            this.today = today;
        }

        Row row(CsvRecords.CsvRecord record) {
            row = record.number();
            fields = record.fields();
            problems = new ArrayList<>(0);
            if (record.problem() != null) {
                problem("", Code.MALFORMED_ROW, "The row cannot be read: " + record.problem() + ".");
                return new Row(row, null, problems);
            }
            if (fields.size() != width) {
                problem("", Code.WRONG_FIELD_COUNT, "The row has " + fields.size() + " values but the header has "
                        + width + " columns.");
                return new Row(row, null, problems);
            }
            ExternalId externalId = externalId();
            AccountNumber accountNumber = accountNumber();
            String last = text(ImportColumn.LAST_NAME, 60, true);
            String first = text(ImportColumn.FIRST_NAME, 35, true);
            String middle = text(ImportColumn.MIDDLE_NAME, 25, false);
            LocalDate birthDate = date(ImportColumn.BIRTH_DATE, true);
            Sex sex = sex(ImportColumn.SEX);
            Address address = new Address(text(ImportColumn.ADDRESS_LINE1, 55, false),
                    text(ImportColumn.ADDRESS_LINE2, 55, false), text(ImportColumn.CITY, 30, false), state(), zip());
            String homePhone = phone(ImportColumn.HOME_PHONE);
            String mobilePhone = phone(ImportColumn.MOBILE_PHONE);
            String email = email();
            ImportRow.CoverageValues coverage = coverage();
            if (!problems.isEmpty()) {
                return new Row(row, null, problems);
            }
            PersonName name = new PersonName(first, middle, last);
            return new Row(row, new ImportRow(row, externalId, accountNumber, name, birthDate, sex, address,
                    homePhone, mobilePhone, email, coverage), List.of());
        }

        private void problem(String column, Code code, String message) {
            problems.add(new ImportProblem(row, column, code, message));
        }

        private void problem(ImportColumn column, Code code, String message) {
            problem(column.header(), code, message);
        }

        /** The trimmed value, line breaks and tabs made spaces; empty when the column is not in the file. */
        private String value(ImportColumn column) {
            Integer i = index.get(column);
            if (i == null) {
                return "";
            }
            String v = fields.get(i);
            for (int k = 0; k < v.length(); k++) {
                char c = v.charAt(k);
                if (c == '\n' || c == '\r' || c == '\t') {
                    v = v.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
                    break;
                }
            }
            return v.strip();
        }

        private String text(ImportColumn column, int max, boolean required) {
            String v = value(column);
            if (v.isEmpty() && required) {
                problem(column, Code.REQUIRED, "This value is required.");
            } else if (v.length() > max) {
                problem(column, Code.TOO_LONG, "At most " + max + " characters are allowed.");
            }
            return v;
        }

        private ExternalId externalId() {
            String v = value(ImportColumn.EXTERNAL_ID);
            if (v.isEmpty()) {
                problem(ImportColumn.EXTERNAL_ID, Code.REQUIRED, "The external ID is required: it recognises the"
                        + " patient when a file is imported again.");
                return null;
            }
            try {
                return new ExternalId(v);
            } catch (IllegalArgumentException e) {
                problem(ImportColumn.EXTERNAL_ID, Code.BAD_EXTERNAL_ID,
                        "The external ID must be 1 to 50 printable characters.");
                return null;
            }
        }

        private AccountNumber accountNumber() {
            String v = value(ImportColumn.ACCOUNT_NUMBER);
            if (v.isEmpty()) {
                return null;
            }
            try {
                return new AccountNumber(v);
            } catch (IllegalArgumentException e) {
                problem(ImportColumn.ACCOUNT_NUMBER, Code.BAD_ACCOUNT_NUMBER,
                        "The account number must be 1 to 20 letters, digits or hyphens.");
                return null;
            }
        }

        private LocalDate date(ImportColumn column, boolean required) {
            String v = value(column);
            if (v.isEmpty()) {
                if (required) {
                    problem(column, Code.REQUIRED, "The date of birth is required.");
                }
                return null;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(v, v.indexOf('/') >= 0 ? US : ISO);
            } catch (DateTimeParseException e) {
                problem(column, Code.BAD_DATE, "This is not a date: write YYYY-MM-DD or MM/DD/YYYY.");
                return null;
            }
            if (date.isAfter(today) || date.isBefore(EARLIEST)) {
                problem(column, Code.BAD_DATE, "The date must be between 1900-01-01 and today.");
                return null;
            }
            return date;
        }

        private Sex sex(ImportColumn column) {
            String v = value(column).toUpperCase(Locale.ROOT);
            switch (v) {
                case "", "U", "UNKNOWN":
                    return Sex.UNKNOWN;
                case "F", "FEMALE":
                    return Sex.FEMALE;
                case "M", "MALE":
                    return Sex.MALE;
                default:
                    problem(column, Code.BAD_SEX, "Write F, M or U.");
                    return Sex.UNKNOWN;
            }
        }

        private String state() {
            String v = value(ImportColumn.STATE).toUpperCase(Locale.ROOT);
            if (!v.isEmpty() && !STATES.contains(v)) {
                problem(ImportColumn.STATE, Code.BAD_STATE, "Write the two-letter state code, such as OH.");
            }
            return v;
        }

        private String zip() {
            String v = value(ImportColumn.ZIP);
            if (v.length() == 10 && v.charAt(5) == '-') {
                v = v.substring(0, 5) + v.substring(6);
            }
            if (!v.isEmpty() && !((v.length() == 5 || v.length() == 9) && v.chars().allMatch(Character::isDigit)
                    && v.chars().allMatch(c -> c < 128))) {
                problem(ImportColumn.ZIP, Code.BAD_ZIP, "The ZIP code must be 5 or 9 digits.");
            }
            return v;
        }

        private String phone(ImportColumn column) {
            String v = value(column);
            if (v.isEmpty()) {
                return null;
            }
            String digits = Phone.digits(v);
            if (digits == null) {
                problem(column, Code.BAD_PHONE, "The telephone number must have 10 digits, e.g. (614) 555-0100.");
            }
            return digits;
        }

        /** The same rule as {@code PatientRecord.email}. */
        private String email() {
            String v = value(ImportColumn.EMAIL);
            if (v.isEmpty()) {
                return v;
            }
            int at = v.indexOf('@');
            boolean ok = v.length() <= 254 && at > 0 && at == v.lastIndexOf('@') && at < v.length() - 1
                    && v.indexOf('.', at) > at + 1 && !v.endsWith(".") && v.chars().noneMatch(c -> c <= ' ' || c > '~');
            if (!ok) {
                problem(ImportColumn.EMAIL, Code.BAD_EMAIL, "This is not an e-mail address such as name@example.org.");
            }
            return v;
        }

        private ImportRow.CoverageValues coverage() {
            String payerText = value(ImportColumn.PAYER_ID);
            String memberText = value(ImportColumn.MEMBER_ID);
            String group = value(ImportColumn.GROUP_NUMBER);
            String relationshipText = value(ImportColumn.RELATIONSHIP);
            String subscriberLast = value(ImportColumn.SUBSCRIBER_LAST_NAME);
            String subscriberFirst = value(ImportColumn.SUBSCRIBER_FIRST_NAME);
            String subscriberBirth = value(ImportColumn.SUBSCRIBER_BIRTH_DATE);
            String subscriberSex = value(ImportColumn.SUBSCRIBER_SEX);
            if (payerText.isEmpty()) {
                if (!(memberText + group + relationshipText + subscriberLast + subscriberFirst + subscriberBirth
                        + subscriberSex).isEmpty()) {
                    problem(ImportColumn.PAYER_ID, Code.MISSING_PAYER,
                            "Coverage details are given without a payer ID.");
                }
                return null;
            }
            PayerId payer = null;
            try {
                payer = new PayerId(payerText);
                if (payers.find(payer).isEmpty()) {
                    payer = null;
                }
            } catch (InvalidIdentifierException e) {
                payer = null;
            }
            if (payer == null) {
                problem(ImportColumn.PAYER_ID, Code.UNKNOWN_PAYER, "This payer ID is not on the payer list.");
            }
            MemberId member = null;
            if (memberText.isEmpty()) {
                problem(ImportColumn.MEMBER_ID, Code.MISSING_MEMBER_ID,
                        "The member ID is required when a payer is given.");
            } else {
                try {
                    member = new MemberId(memberText);
                } catch (InvalidIdentifierException e) {
                    problem(ImportColumn.MEMBER_ID, Code.BAD_MEMBER_ID,
                            "The member ID must be 1 to 80 printable characters.");
                }
            }
            if (group.length() > 50) {
                problem(ImportColumn.GROUP_NUMBER, Code.TOO_LONG, "At most 50 characters are allowed.");
            }
            PatientRelationship relationship = relationship(relationshipText);
            PersonName subscriber = null;
            LocalDate subscriberBirthDate = null;
            Sex sex = Sex.UNKNOWN;
            if (relationship == PatientRelationship.SELF) {
                for (ImportColumn c : List.of(ImportColumn.SUBSCRIBER_LAST_NAME, ImportColumn.SUBSCRIBER_FIRST_NAME,
                        ImportColumn.SUBSCRIBER_BIRTH_DATE, ImportColumn.SUBSCRIBER_SEX)) {
                    if (!value(c).isEmpty()) {
                        problem(c, Code.NOT_EXPECTED, "Leave the subscriber blank when the patient is the"
                                + " subscriber (relationship self).");
                    }
                }
            } else if (relationship != null) {
                String last = text(ImportColumn.SUBSCRIBER_LAST_NAME, 60, true);
                String first = text(ImportColumn.SUBSCRIBER_FIRST_NAME, 35, true);
                subscriberBirthDate = date(ImportColumn.SUBSCRIBER_BIRTH_DATE, false);
                sex = sex(ImportColumn.SUBSCRIBER_SEX);
                if (!last.isEmpty() && !first.isEmpty() && last.length() <= 60 && first.length() <= 35) {
                    subscriber = new PersonName(first, "", last);
                }
            }
            if (payer == null || member == null || relationship == null || group.length() > 50
                    || (relationship != PatientRelationship.SELF && subscriber == null)) {
                return null;
            }
            return new ImportRow.CoverageValues(payer, member, group, relationship, subscriber, subscriberBirthDate,
                    sex);
        }

        private PatientRelationship relationship(String text) {
            if (text.isEmpty()) {
                return PatientRelationship.SELF;
            }
            String word = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (PatientRelationship r : PatientRelationship.values()) {
                if (r.name().equals(word)) {
                    return r;
                }
            }
            var byCode = PatientRelationship.fromCode(word);
            if (byCode.isPresent()) {
                return byCode.get();
            }
            problem(ImportColumn.RELATIONSHIP, Code.BAD_RELATIONSHIP,
                    "Write self, spouse, child, life_partner, employee, other or unknown.");
            return null;
        }
    }
}
