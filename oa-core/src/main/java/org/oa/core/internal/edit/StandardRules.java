package org.oa.core.internal.edit;

import static org.oa.core.edit.EditScope.PAYER_INDEPENDENT;
import static org.oa.core.edit.EditScope.PAYER_SPECIFIC;
import static org.oa.core.edit.Severity.ERROR;
import static org.oa.core.edit.Severity.WARNING;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ClaimType;
import org.oa.core.claim.Diagnosis;
import org.oa.core.claim.ServiceLine;
import org.oa.core.edit.ClaimHistory;
import org.oa.core.edit.EditContext;
import org.oa.core.edit.EditFailures;
import org.oa.core.edit.EditScope;
import org.oa.core.edit.FrontEndEdit;
import org.oa.core.edit.Severity;
import org.oa.core.edit.SimpleFrontEndEdit;
import org.oa.core.identifier.Npi;
import org.oa.core.payer.EnrollmentStatus;
import org.oa.core.payer.Payer;
import org.oa.core.payer.TransactionType;

/**
 * The built-in front-end edits. Each rule is a small lambda over the claim; field paths use 0-based indexes.
 * Rules skip what another rule reports (e.g. date-order rules skip missing dates), so one mistake gives one
 * failure where possible.
 */
public final class StandardRules {

    /** ICD-10-CM replaced ICD-9-CM for services on and after this date. */
    static final LocalDate ICD10_EFFECTIVE = LocalDate.of(2015, 10, 1);
    static final int MAX_DIAGNOSES_PROFESSIONAL = 12;
    static final int MAX_DIAGNOSES_INSTITUTIONAL = 25;
    static final int MAX_LINES_PROFESSIONAL = 50;
    static final int MAX_LINES_INSTITUTIONAL = 999;
    static final int MAX_POINTERS = 4;
    static final int MAX_MODIFIERS = 4;
    static final int MAX_PATIENT_AGE_YEARS = 120;
    static final int MAX_PATIENT_CONTROL_NUMBER = 38;

    @FunctionalInterface
    private interface Check {
        void check(FrontEndEdit self, Claim claim, EditContext context, EditFailures failures);
    }

    private static final class Rule extends SimpleFrontEndEdit {
        private final Check check;

        Rule(String code, Severity severity, EditScope scope, String message, String hint, Check check) {
            super(code, severity, scope, message, hint);
            this.check = check;
        }

        @Override
        public void check(Claim claim, EditContext context, EditFailures failures) {
            check.check(this, claim, context, failures);
        }
    }

    private static final List<FrontEndEdit> RULES = new ArrayList<>();

    private static void rule(String code, Severity severity, EditScope scope, String message, String hint,
                             Check check) {
        RULES.add(new Rule(code, severity, scope, message, hint, check));
    }

    private static String line(int index, String field) {
        return "claim.serviceLines[" + index + "]." + field;
    }

    private static void tooLong(FrontEndEdit self, EditFailures out, String path, String text, int max) {
        if (text != null && text.length() > max) {
            out.add(self, path);
        }
    }

    private static void address(FrontEndEdit self, EditFailures out, String path, org.oa.core.contact.Address a) {
        tooLong(self, out, path + ".line1", a.line1(), 55);
        tooLong(self, out, path + ".line2", a.line2(), 55);
        tooLong(self, out, path + ".city", a.city(), 30);
    }

    static {
        // ---- Claim header ----
        rule("PATIENT_CONTROL_NUMBER", ERROR, PAYER_INDEPENDENT,
                "The patient control number (claim number) is missing or longer than 38 characters.",
                "Enter the practice's claim or account number, at most 38 characters.",
                (self, c, ctx, out) -> {
                    int n = c.patientControlNumber().length();
                    if (n == 0 || n > MAX_PATIENT_CONTROL_NUMBER) {
                        out.add(self, "claim.patientControlNumber");
                    }
                });
        rule("TOTAL_CHARGE_POSITIVE", ERROR, PAYER_INDEPENDENT,
                "The total claim charge must be greater than zero.",
                "Enter the charges of the service lines; the total is their sum.",
                (self, c, ctx, out) -> {
                    if (c.totalCharge().signum() <= 0) {
                        out.add(self, "claim.totalCharge");
                    }
                });
        rule("TOTAL_CHARGE_BALANCES", ERROR, PAYER_INDEPENDENT,
                "The total claim charge does not equal the sum of the service line charges.",
                "Correct the line charges or set the total to their sum.",
                (self, c, ctx, out) -> {
                    if (c.totalCharge().compareTo(c.lineChargeTotal()) != 0) {
                        out.add(self, "claim.totalCharge");
                    }
                });
        rule("FREQUENCY_CODE", ERROR, PAYER_INDEPENDENT,
                "The claim frequency must be 1 (original), 7 (replacement) or 8 (void).",
                "Use 1 for a new claim, 7 to replace a claim the payer has, 8 to cancel it.",
                (self, c, ctx, out) -> {
                    if (c.frequency().isEmpty()) {
                        out.add(self, "claim.frequencyCode");
                    }
                });
        rule("ORIGINAL_CLAIM_NUMBER", ERROR, PAYER_INDEPENDENT,
                "A replacement or void claim must carry the payer's claim number of the original claim.",
                "Copy the payer claim control number from the remittance or 277CA of the original claim.",
                (self, c, ctx, out) -> {
                    String f = c.frequencyCode();
                    if ((f.equals("7") || f.equals("8")) && c.originalClaimNumber().isBlank()) {
                        out.add(self, "claim.originalClaimNumber");
                    }
                });
        rule("PLACE_OF_SERVICE", ERROR, PAYER_INDEPENDENT,
                "The place of service is not a valid two-digit CMS place-of-service code.",
                "Use the code of where the service was given, e.g. 11 for an office, 02 or 10 for telehealth.",
                (self, c, ctx, out) -> {
                    if (c.type() == ClaimType.PROFESSIONAL && !Formats.isPlaceOfService(c.placeOfService())) {
                        out.add(self, "claim.placeOfService");
                    }
                });
        rule("TYPE_OF_BILL", ERROR, PAYER_INDEPENDENT,
                "The type of bill is not valid: it needs a facility type, a classification and a frequency digit.",
                "Use the three-digit type of bill from the UB-04 form locator 4, e.g. 131 for hospital outpatient.",
                (self, c, ctx, out) -> {
                    if (c.type() == ClaimType.INSTITUTIONAL && !Formats.isTypeOfBill(c.typeOfBill())) {
                        out.add(self, "claim.typeOfBill");
                    }
                });
        rule("TYPE_OF_BILL_FREQUENCY", ERROR, PAYER_INDEPENDENT,
                "The last digit of the type of bill does not match the claim frequency.",
                "Make the third digit of the type of bill the same as the frequency (1, 7 or 8).",
                (self, c, ctx, out) -> {
                    if (c.type() == ClaimType.INSTITUTIONAL && Formats.isTypeOfBill(c.typeOfBill())
                            && c.frequencyCode().length() == 1
                            && Formats.typeOfBillFrequency(c.typeOfBill()) != c.frequencyCode().charAt(0)) {
                        out.add(self, "claim.typeOfBill");
                    }
                });

        // ---- Billing provider ----
        rule("BILLING_NPI", ERROR, PAYER_INDEPENDENT,
                "The billing provider NPI is not a valid NPI (ten digits with a correct check digit).",
                "Copy the NPI from the NPPES registry record of the billing provider.",
                (self, c, ctx, out) -> {
                    if (!Npi.isValid(c.billingProvider().npi())) {
                        out.add(self, "claim.billingProvider.npi");
                    }
                });
        rule("RENDERING_NPI", ERROR, PAYER_INDEPENDENT,
                "The rendering provider NPI is not a valid NPI (ten digits with a correct check digit).",
                "Copy the individual NPI of the rendering provider, or leave it empty when it is the billing provider.",
                (self, c, ctx, out) -> {
                    String npi = c.renderingProviderNpi();
                    if (!npi.isEmpty() && !Npi.isValid(npi)) {
                        out.add(self, "claim.renderingProviderNpi");
                    }
                });
        rule("BILLING_TAXONOMY", ERROR, PAYER_INDEPENDENT,
                "The billing provider taxonomy code must be ten characters ending in X, e.g. 207Q00000X.",
                "Copy the taxonomy code from the provider's NPPES record.",
                (self, c, ctx, out) -> {
                    String t = c.billingProvider().taxonomy();
                    if (!t.isEmpty() && !Formats.isTaxonomy(t)) {
                        out.add(self, "claim.billingProvider.taxonomy");
                    }
                });
        rule("BILLING_TAX_ID", ERROR, PAYER_INDEPENDENT,
                "The billing provider tax ID must be nine digits without a hyphen.",
                "Enter the practice's EIN, e.g. 123456789.",
                (self, c, ctx, out) -> {
                    if (!Formats.isTaxId(c.billingProvider().taxId())) {
                        out.add(self, "claim.billingProvider.taxId");
                    }
                });
        rule("BILLING_ADDRESS_STREET", ERROR, PAYER_INDEPENDENT,
                "The billing provider address must be a street address; a PO box is not accepted.",
                "Enter the physical street address of the practice; send payments to a PO box with a pay-to address.",
                (self, c, ctx, out) -> {
                    String street = c.billingProvider().address().line1();
                    if (street.isBlank() || Formats.isPostOfficeBox(street)) {
                        out.add(self, "claim.billingProvider.address.line1");
                    }
                });
        rule("BILLING_ADDRESS_ZIP", ERROR, PAYER_INDEPENDENT,
                "The billing provider ZIP code must have nine digits (ZIP+4).",
                "Add the four-digit extension; look it up with the postal service.",
                (self, c, ctx, out) -> {
                    if (!Formats.allDigits(c.billingProvider().address().zip(), 9)) {
                        out.add(self, "claim.billingProvider.address.zip");
                    }
                });
        rule("BILLING_ADDRESS_CITY_STATE", ERROR, PAYER_INDEPENDENT,
                "The billing provider address needs a city and a valid two-letter state code.",
                "Enter the city and the postal state code, e.g. OH.",
                (self, c, ctx, out) -> {
                    if (c.billingProvider().address().city().isBlank()) {
                        out.add(self, "claim.billingProvider.address.city");
                    } else if (!Formats.isState(c.billingProvider().address().state())) {
                        out.add(self, "claim.billingProvider.address.state");
                    }
                });
        rule("BILLING_PHONE", WARNING, PAYER_INDEPENDENT,
                "The billing provider phone number is not a ten-digit North American number.",
                "Enter area code and number as ten digits, without punctuation.",
                (self, c, ctx, out) -> {
                    String phone = c.billingProvider().phone();
                    if (!phone.isEmpty() && !Formats.isPhone(phone)) {
                        out.add(self, "claim.billingProvider.phone");
                    }
                });

        // ---- Patient and subscriber ----
        rule("PATIENT_BIRTH_DATE_MISSING", ERROR, PAYER_INDEPENDENT,
                "The patient's date of birth is missing.",
                "Enter the date of birth from the patient's registration.",
                (self, c, ctx, out) -> {
                    if (c.patient().birthDate() == null) {
                        out.add(self, "claim.patient.birthDate");
                    }
                });
        rule("PATIENT_BIRTH_DATE_FUTURE", ERROR, PAYER_INDEPENDENT,
                "The patient's date of birth is in the future.",
                "Check the year of the date of birth.",
                (self, c, ctx, out) -> {
                    LocalDate born = c.patient().birthDate();
                    if (born != null && born.isAfter(ctx.today())) {
                        out.add(self, "claim.patient.birthDate");
                    }
                });
        rule("PATIENT_BIRTH_DATE_AFTER_SERVICE", ERROR, PAYER_INDEPENDENT,
                "The patient's date of birth is after the date of service.",
                "Check the date of birth and the service dates.",
                (self, c, ctx, out) -> {
                    LocalDate born = c.patient().birthDate();
                    LocalDate first = c.firstServiceDate();
                    if (born != null && first != null && born.isAfter(first)) {
                        out.add(self, "claim.patient.birthDate");
                    }
                });
        rule("PATIENT_BIRTH_DATE_IMPLAUSIBLE", WARNING, PAYER_INDEPENDENT,
                "The patient would be more than 120 years old on the date of service.",
                "Check the century of the date of birth.",
                (self, c, ctx, out) -> {
                    LocalDate born = c.patient().birthDate();
                    LocalDate first = c.firstServiceDate();
                    if (born != null && first != null && born.plusYears(MAX_PATIENT_AGE_YEARS).isBefore(first)) {
                        out.add(self, "claim.patient.birthDate");
                    }
                });
        rule("SUBSCRIBER_MEMBER_ID", ERROR, PAYER_INDEPENDENT,
                "The subscriber's member ID is missing.",
                "Copy the member ID from the front of the insurance card.",
                (self, c, ctx, out) -> {
                    if (c.subscriber().memberId().isEmpty()) {
                        out.add(self, "claim.subscriber.memberId");
                    }
                });
        rule("RELATIONSHIP_CODE", ERROR, PAYER_INDEPENDENT,
                "The patient's relationship to the subscriber is not a valid code.",
                "Use 18 for self, 01 spouse, 19 child, 20 employee, 53 life partner, G8 other or 21 unknown.",
                (self, c, ctx, out) -> {
                    if (!isRelationshipCode(c.relationshipCode())) {
                        out.add(self, "claim.relationshipCode");
                    }
                });
        rule("SELF_SUBSCRIBER_MATCHES_PATIENT", WARNING, PAYER_INDEPENDENT,
                "The patient is the subscriber (relationship 18), but the birth dates differ.",
                "Correct the relationship code or the subscriber's date of birth.",
                (self, c, ctx, out) -> {
                    LocalDate patient = c.patient().birthDate();
                    LocalDate subscriber = c.subscriber().birthDate();
                    if (c.relationshipCode().equals("18") && patient != null && subscriber != null
                            && !patient.equals(subscriber)) {
                        out.add(self, "claim.subscriber.birthDate");
                    }
                });

        rule("TEXT_LENGTH", ERROR, PAYER_INDEPENDENT,
                "This entry is longer than an electronic claim (837) can carry.",
                "Shorten it: last names and organisation names up to 60 characters, first names 35, address lines"
                        + " 55, cities 30, member IDs 80, group, claim and line numbers 50, NDCs 48.",
                (self, c, ctx, out) -> {
                    // The 005010 837 element maximums (NM103, NM104, N301/N302, N401, NM109, SBR03, REF02, LIN03);
                    // they are also below every column's width, so a claim that passes is never cut on storage.
                    tooLong(self, out, "claim.billingProvider.name", c.billingProvider().name(), 60);
                    address(self, out, "claim.billingProvider.address", c.billingProvider().address());
                    tooLong(self, out, "claim.patient.lastName", c.patient().lastName(), 60);
                    tooLong(self, out, "claim.patient.firstName", c.patient().firstName(), 35);
                    address(self, out, "claim.patient.address", c.patient().address());
                    tooLong(self, out, "claim.subscriber.lastName", c.subscriber().lastName(), 60);
                    tooLong(self, out, "claim.subscriber.firstName", c.subscriber().firstName(), 35);
                    tooLong(self, out, "claim.subscriber.memberId", c.subscriber().memberId(), 80);
                    tooLong(self, out, "claim.subscriber.groupNumber", c.subscriber().groupNumber(), 50);
                    address(self, out, "claim.subscriber.address", c.subscriber().address());
                    tooLong(self, out, "claim.originalClaimNumber", c.originalClaimNumber(), 50);
                    for (int i = 0; i < c.serviceLines().size(); i++) {
                        ServiceLine l = c.serviceLines().get(i);
                        tooLong(self, out, line(i, "lineControlNumber"), l.lineControlNumber(), 50);
                        tooLong(self, out, line(i, "ndc"), l.ndc(), 48);
                    }
                });

        // ---- Diagnoses ----
        rule("DIAGNOSIS_COUNT", ERROR, PAYER_INDEPENDENT,
                "A claim needs at least one diagnosis and at most 12 (professional) or 25 (institutional).",
                "Enter the principal diagnosis first; move extra diagnoses to a second claim.",
                (self, c, ctx, out) -> {
                    int n = c.diagnoses().size();
                    int max = c.type() == ClaimType.PROFESSIONAL ? MAX_DIAGNOSES_PROFESSIONAL
                            : MAX_DIAGNOSES_INSTITUTIONAL;
                    if (n == 0 || n > max) {
                        out.add(self, "claim.diagnoses");
                    }
                });
        rule("DIAGNOSIS_DECIMAL_POINT", ERROR, PAYER_INDEPENDENT,
                "A diagnosis code contains a decimal point.",
                "Send ICD-10-CM codes without the decimal point, e.g. E119 instead of E11.9.",
                (self, c, ctx, out) -> {
                    List<Diagnosis> dx = c.diagnoses();
                    for (int i = 0; i < dx.size(); i++) {
                        if (dx.get(i).code().indexOf('.') >= 0) {
                            out.add(self, "claim.diagnoses[" + i + "].code");
                        }
                    }
                });
        rule("DIAGNOSIS_FORMAT", ERROR, PAYER_INDEPENDENT,
                "A diagnosis code is not in ICD-10-CM format (a letter, a digit, then 1 to 5 letters or digits).",
                "Check the code in the ICD-10-CM code book; use capital letters.",
                (self, c, ctx, out) -> {
                    List<Diagnosis> dx = c.diagnoses();
                    for (int i = 0; i < dx.size(); i++) {
                        String code = dx.get(i).code();
                        if (code.indexOf('.') < 0 && !Formats.isIcd10Cm(code)) {
                            out.add(self, "claim.diagnoses[" + i + "].code");
                        }
                    }
                });
        rule("DIAGNOSIS_DUPLICATE", ERROR, PAYER_INDEPENDENT,
                "The same diagnosis code appears twice on the claim.",
                "Remove the repeated code and adjust the diagnosis pointers of the lines.",
                (self, c, ctx, out) -> {
                    List<Diagnosis> dx = c.diagnoses();
                    for (int i = 1; i < dx.size(); i++) {
                        String code = dx.get(i).code();
                        for (int j = 0; j < i; j++) {
                            if (dx.get(j).code().equals(code)) {
                                out.add(self, "claim.diagnoses[" + i + "].code");
                                break;
                            }
                        }
                    }
                });
        rule("ICD10_EFFECTIVE_DATE", ERROR, PAYER_INDEPENDENT,
                "ICD-10-CM codes cannot be used for services before October 1, 2015.",
                "Check the service dates; services before that date need ICD-9-CM on a paper claim.",
                (self, c, ctx, out) -> {
                    LocalDate first = c.firstServiceDate();
                    if (first != null && first.isBefore(ICD10_EFFECTIVE) && !c.diagnoses().isEmpty()) {
                        out.add(self, "claim.diagnoses");
                    }
                });

        // ---- Claim dates ----
        rule("ACCIDENT_DATE", ERROR, PAYER_INDEPENDENT,
                "The accident date is after the first date of service.",
                "Check the accident date; an accident happens before its treatment.",
                (self, c, ctx, out) -> {
                    LocalDate first = c.firstServiceDate();
                    if (c.accidentDate() != null && first != null && c.accidentDate().isAfter(first)) {
                        out.add(self, "claim.accidentDate");
                    }
                });
        rule("ONSET_DATE", ERROR, PAYER_INDEPENDENT,
                "The onset date of the illness is after the first date of service.",
                "Check the onset date; it is on or before the first visit for the illness.",
                (self, c, ctx, out) -> {
                    LocalDate first = c.firstServiceDate();
                    if (c.onsetDate() != null && first != null && c.onsetDate().isAfter(first)) {
                        out.add(self, "claim.onsetDate");
                    }
                });
        rule("ADMISSION_DATE_MISSING", ERROR, PAYER_INDEPENDENT,
                "An inpatient institutional claim needs the admission date.",
                "Enter the admission date (UB-04 form locator 12).",
                (self, c, ctx, out) -> {
                    if (c.type() == ClaimType.INSTITUTIONAL && c.admissionDate() == null
                            && Formats.isInpatientTypeOfBill(c.typeOfBill())) {
                        out.add(self, "claim.admissionDate");
                    }
                });
        rule("ADMISSION_DATE_AFTER_SERVICE", ERROR, PAYER_INDEPENDENT,
                "The admission date is after the first date of service.",
                "Check the admission date and the service dates of the lines.",
                (self, c, ctx, out) -> {
                    LocalDate first = c.firstServiceDate();
                    if (c.admissionDate() != null && first != null && c.admissionDate().isAfter(first)) {
                        out.add(self, "claim.admissionDate");
                    }
                });

        // ---- Service lines ----
        rule("SERVICE_LINE_COUNT", ERROR, PAYER_INDEPENDENT,
                "A claim needs at least one service line and at most 50 (professional) or 999 (institutional).",
                "Add the services given; split a long claim into several claims.",
                (self, c, ctx, out) -> {
                    int n = c.serviceLines().size();
                    int max = c.type() == ClaimType.PROFESSIONAL ? MAX_LINES_PROFESSIONAL : MAX_LINES_INSTITUTIONAL;
                    if (n == 0 || n > max) {
                        out.add(self, "claim.serviceLines");
                    }
                });
        rule("PROCEDURE_CODE", ERROR, PAYER_INDEPENDENT,
                "The procedure code is not a CPT code (five characters) or HCPCS code (a letter and four digits).",
                "Check the code in the CPT or HCPCS code book; use capital letters.",
                (self, c, ctx, out) -> {
                    List<ServiceLine> lines = c.serviceLines();
                    boolean required = c.type() == ClaimType.PROFESSIONAL;
                    for (int i = 0; i < lines.size(); i++) {
                        String code = lines.get(i).procedureCode();
                        if ((required || !code.isEmpty()) && !Formats.isProcedureCode(code)) {
                            out.add(self, line(i, "procedureCode"));
                        }
                    }
                });
        rule("MODIFIER_COUNT", ERROR, PAYER_INDEPENDENT,
                "A service line can carry at most four procedure modifiers.",
                "Keep the four modifiers that matter most for payment; use 99 when more apply.",
                (self, c, ctx, out) -> {
                    List<ServiceLine> lines = c.serviceLines();
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).modifiers().size() > MAX_MODIFIERS) {
                            out.add(self, line(i, "modifiers"));
                        }
                    }
                });
        rule("MODIFIER_FORMAT", ERROR, PAYER_INDEPENDENT,
                "A procedure modifier must be two letters or digits.",
                "Check the modifier, e.g. 25, LT or GT.",
                (self, c, ctx, out) -> {
                    List<ServiceLine> lines = c.serviceLines();
                    for (int i = 0; i < lines.size(); i++) {
                        List<String> modifiers = lines.get(i).modifiers();
                        for (int m = 0; m < modifiers.size(); m++) {
                            if (!Formats.isModifier(modifiers.get(m))) {
                                out.add(self, line(i, "modifiers[" + m + "]"));
                            }
                        }
                    }
                });
        rule("UNITS_POSITIVE", ERROR, PAYER_INDEPENDENT,
                "The units of service must be greater than zero.",
                "Enter how many units were given, e.g. 1.",
                (self, c, ctx, out) -> {
                    List<ServiceLine> lines = c.serviceLines();
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).units().signum() <= 0) {
                            out.add(self, line(i, "units"));
                        }
                    }
                });
        rule("LINE_CHARGE_NOT_NEGATIVE", ERROR, PAYER_INDEPENDENT,
                "A service line charge is negative.",
                "Enter the full charge; discounts and write-offs are not billed as negative charges.",
                (self, c, ctx, out) -> {
                    List<ServiceLine> lines = c.serviceLines();
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).charge().signum() < 0) {
                            out.add(self, line(i, "charge"));
                        }
                    }
                });
        rule("LINE_CONTROL_NUMBER_UNIQUE", ERROR, PAYER_INDEPENDENT,
                "Two service lines have the same line control number.",
                "Give each line its own control number, or leave them empty.",
                (self, c, ctx, out) -> {
                    List<ServiceLine> lines = c.serviceLines();
                    for (int i = 1; i < lines.size(); i++) {
                        String number = lines.get(i).lineControlNumber();
                        if (number.isEmpty()) {
                            continue;
                        }
                        for (int j = 0; j < i; j++) {
                            if (lines.get(j).lineControlNumber().equals(number)) {
                                out.add(self, line(i, "lineControlNumber"));
                                break;
                            }
                        }
                    }
                });
        rule("DIAGNOSIS_POINTER_COUNT", ERROR, PAYER_INDEPENDENT,
                "A professional service line needs one to four diagnosis pointers.",
                "Point the line to the diagnoses it treats, the most important first.",
                (self, c, ctx, out) -> {
                    if (c.type() != ClaimType.PROFESSIONAL) {
                        return;
                    }
                    List<ServiceLine> lines = c.serviceLines();
                    for (int i = 0; i < lines.size(); i++) {
                        int n = lines.get(i).diagnosisPointers().size();
                        if (n == 0 || n > MAX_POINTERS) {
                            out.add(self, line(i, "diagnosisPointers"));
                        }
                    }
                });
        rule("DIAGNOSIS_POINTER_TARGET", ERROR, PAYER_INDEPENDENT,
                "A diagnosis pointer does not point to a diagnosis on the claim.",
                "Use the number (1 to the number of diagnoses) of a diagnosis listed on the claim.",
                (self, c, ctx, out) -> {
                    List<ServiceLine> lines = c.serviceLines();
                    int diagnoses = c.diagnoses().size();
                    for (int i = 0; i < lines.size(); i++) {
                        List<Integer> pointers = lines.get(i).diagnosisPointers();
                        for (int p = 0; p < pointers.size(); p++) {
                            int pointer = pointers.get(p);
                            if (pointer < 1 || pointer > diagnoses) {
                                out.add(self, line(i, "diagnosisPointers[" + p + "]"));
                            }
                        }
                    }
                });
        rule("NDC_FORMAT", ERROR, PAYER_INDEPENDENT,
                "The national drug code must be eleven digits with the qualifier N4.",
                "Enter the NDC in 5-4-2 format without hyphens, padding with zeros, e.g. 00002140701.",
                (self, c, ctx, out) -> {
                    List<ServiceLine> lines = c.serviceLines();
                    for (int i = 0; i < lines.size(); i++) {
                        ServiceLine l = lines.get(i);
                        if ((!l.ndc().isEmpty() || !l.ndcQualifier().isEmpty())
                                && (!l.ndcQualifier().equals("N4") || !Formats.allDigits(l.ndc(), 11))) {
                            out.add(self, line(i, "ndc"));
                        }
                    }
                });
        rule("REVENUE_CODE", ERROR, PAYER_INDEPENDENT,
                "An institutional service line needs a four-digit revenue code.",
                "Enter the revenue code of the line (UB-04 form locator 42), e.g. 0450.",
                (self, c, ctx, out) -> {
                    if (c.type() != ClaimType.INSTITUTIONAL) {
                        return;
                    }
                    List<ServiceLine> lines = c.serviceLines();
                    for (int i = 0; i < lines.size(); i++) {
                        if (!Formats.isRevenueCode(lines.get(i).revenueCode())) {
                            out.add(self, line(i, "revenueCode"));
                        }
                    }
                });
        rule("SERVICE_DATE_MISSING", ERROR, PAYER_INDEPENDENT,
                "A service line has no date of service.",
                "Enter the date the service was given.",
                (self, c, ctx, out) -> {
                    List<ServiceLine> lines = c.serviceLines();
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).serviceFrom() == null) {
                            out.add(self, line(i, "serviceFrom"));
                        }
                    }
                });
        rule("SERVICE_DATE_RANGE", ERROR, PAYER_INDEPENDENT,
                "The last date of service is before the first date of service.",
                "Swap or correct the from and to dates of the line.",
                (self, c, ctx, out) -> {
                    List<ServiceLine> lines = c.serviceLines();
                    for (int i = 0; i < lines.size(); i++) {
                        ServiceLine l = lines.get(i);
                        if (l.serviceFrom() != null && l.serviceTo() != null && l.serviceTo().isBefore(l.serviceFrom())) {
                            out.add(self, line(i, "serviceTo"));
                        }
                    }
                });
        rule("SERVICE_DATE_FUTURE", ERROR, PAYER_INDEPENDENT,
                "A date of service is in the future.",
                "Bill services only after they were given; check the year.",
                (self, c, ctx, out) -> {
                    List<ServiceLine> lines = c.serviceLines();
                    LocalDate today = null;
                    for (int i = 0; i < lines.size(); i++) {
                        ServiceLine l = lines.get(i);
                        LocalDate last = l.serviceTo() != null ? l.serviceTo() : l.serviceFrom();
                        if (last != null) {
                            if (today == null) {
                                today = ctx.today();
                            }
                            if (last.isAfter(today)) {
                                out.add(self, line(i, l.serviceTo() != null ? "serviceTo" : "serviceFrom"));
                            }
                        }
                    }
                });
        rule("DUPLICATE_CLAIM", ERROR, PAYER_INDEPENDENT,
                "The practice already sent a claim for the same patient, date of service, procedure and charge.",
                "If the earlier claim needs changes, send a replacement (frequency 7) instead of a new claim.",
                (self, c, ctx, out) -> {
                    if (!c.frequencyCode().equals("1")) {
                        return;
                    }
                    ClaimHistory history = ctx.claimHistory();
                    List<ServiceLine> lines = c.serviceLines();
                    for (int i = 0; i < lines.size(); i++) {
                        ClaimHistory.ServiceKey key = ClaimHistory.ServiceKey.of(c, lines.get(i));
                        if (key != null) {
                            ClaimId other = history.findOtherClaimWith(key, c.id());
                            if (other != null) {
                                out.add(self, line(i, "procedureCode"));
                            }
                        }
                    }
                });

        // ---- Payer-specific ----
        rule("PAYER_KNOWN", ERROR, PAYER_SPECIFIC,
                "The payer ID is not on the payer list.",
                "Pick the payer from the payer list; ask the service center to add a missing payer.",
                (self, c, ctx, out) -> {
                    if (ctx.payers().get(c.payerId()) == null) {
                        out.add(self, "claim.payerId");
                    }
                });
        rule("PAYER_TRANSACTION", ERROR, PAYER_SPECIFIC,
                "The payer does not accept this kind of claim electronically (837P or 837I).",
                "Send the claim on paper, or check that the right payer was chosen.",
                (self, c, ctx, out) -> {
                    Payer payer = ctx.payers().get(c.payerId());
                    if (payer != null && !payer.supports(transactionOf(c))) {
                        out.add(self, "claim.payerId");
                    }
                });
        rule("PAYER_ENROLLMENT", ERROR, PAYER_SPECIFIC,
                "The payer requires enrollment for claims, and the practice's enrollment is not approved.",
                "Request enrollment with the payer in the Service Center and wait for approval.",
                (self, c, ctx, out) -> {
                    Payer payer = ctx.payers().get(c.payerId());
                    TransactionType t = transactionOf(c);
                    if (payer != null && payer.requiresEnrollment(t)
                            && ctx.enrollments().status(c.payerId(), t) != EnrollmentStatus.APPROVED) {
                        out.add(self, "claim.payerId");
                    }
                });
        rule("MEMBER_ID_PAYER_FORMAT", ERROR, PAYER_SPECIFIC,
                "The member ID is not in the format this payer uses (e.g. a Medicare Beneficiary Identifier).",
                "Copy the member ID exactly from the patient's current card, e.g. the 11-character MBI for Medicare.",
                (self, c, ctx, out) -> {
                    Payer payer = ctx.payers().get(c.payerId());
                    String memberId = c.subscriber().memberId();
                    if (payer != null && !memberId.isEmpty() && !payer.memberIdFormat().accepts(memberId)) {
                        out.add(self, "claim.subscriber.memberId");
                    }
                });
        rule("TIMELY_FILING", ERROR, PAYER_SPECIFIC,
                "The claim is past the payer's timely filing limit.",
                "Send proof of timely filing to the payer on paper, or appeal; the payer will deny it electronically.",
                (self, c, ctx, out) -> {
                    Payer payer = ctx.payers().get(c.payerId());
                    if (payer == null) {
                        return;
                    }
                    List<ServiceLine> lines = c.serviceLines();
                    int earliest = -1;
                    for (int i = 0; i < lines.size(); i++) {
                        LocalDate from = lines.get(i).serviceFrom();
                        if (from != null && (earliest < 0 || from.isBefore(lines.get(earliest).serviceFrom()))) {
                            earliest = i;
                        }
                    }
                    if (earliest >= 0 && lines.get(earliest).serviceFrom().plusDays(payer.timelyFilingDays())
                            .isBefore(ctx.today())) {
                        out.add(self, line(earliest, "serviceFrom"));
                    }
                });
    }

    private static final List<FrontEndEdit> ALL = List.copyOf(RULES);

    private StandardRules() {
    }

    /** Returns all built-in rules, payer-independent first. */
    public static List<FrontEndEdit> all() {
        return ALL;
    }

    /** The transaction a claim is sent as. */
    public static TransactionType transactionOf(Claim claim) {
        return claim.type() == ClaimType.PROFESSIONAL ? TransactionType.CLAIM_837P : TransactionType.CLAIM_837I;
    }

    private static boolean isRelationshipCode(String code) {
        if (code.length() != 2) {
            return false;
        }
        switch (code) {
            case "01", "18", "19", "20", "21", "39", "40", "53", "G8":
                return true;
            default:
                return false;
        }
    }
}
