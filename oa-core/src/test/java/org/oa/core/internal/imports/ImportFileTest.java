package org.oa.core.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oa.core.patient.PatientRelationship;
import org.oa.core.patient.Sex;
import org.oa.core.patient.imports.ImportColumn;
import org.oa.core.patient.imports.ImportProblem;
import org.oa.core.patient.imports.ImportProblem.Code;
import org.oa.core.payer.PayerList;

/** Reading and checking an import file without a database. All data is synthetic. */
class ImportFileTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String HEADER = "externalId,lastName,firstName,birthDate,sex,addressLine1,city,state,zip,"
            + "homePhone,email,payerId,memberId,groupNumber,relationship,subscriberLastName,subscriberFirstName";

    private static ImportFile read(String text) throws IOException {
        return ImportFile.read(new StringReader(text), PayerList.bundled(), TODAY);
    }

    private static List<ImportProblem> problems(ImportFile file) {
        return file.rows().stream().flatMap(r -> r.problems().stream()).toList();
    }

    @Test
    void readsAValidRowInEitherDateFormatWithNormalisedValues() throws IOException {
        ImportFile file = read(HEADER + "\r\n"
                + "P-1,Sample,Robin,2010-02-28,f,\"12 Elm Street, Apt 3\",Columbus,oh,43215-1234,(614) 555-0101,"
                + "robin@example.org,SIM01,XQZ1,GRP,,,\r\n"
                + "P-2,Sample,Sam,02/28/2012,M,,,,,,,SIM01,XQZ2,,child,Sample,Robin\r\n");
        assertThat(file.isValid()).isTrue();
        ImportRow robin = file.rows().get(0).values();
        assertThat(robin.row()).isEqualTo(2);
        assertThat(robin.birthDate()).isEqualTo(LocalDate.of(2010, 2, 28));
        assertThat(robin.sex()).isEqualTo(Sex.FEMALE);
        assertThat(robin.address().line1()).isEqualTo("12 Elm Street, Apt 3");
        assertThat(robin.address().state()).isEqualTo("OH");
        assertThat(robin.address().zip()).isEqualTo("432151234");
        assertThat(robin.homePhone()).isEqualTo("6145550101");
        assertThat(robin.coverage().relationship()).isEqualTo(PatientRelationship.SELF);
        ImportRow sam = file.rows().get(1).values();
        assertThat(sam.birthDate()).isEqualTo(LocalDate.of(2012, 2, 28));
        assertThat(sam.coverage().relationship()).isEqualTo(PatientRelationship.CHILD);
        assertThat(sam.coverage().subscriberName().last()).isEqualTo("Sample");
        assertThat(file.columns()).contains(ImportColumn.EXTERNAL_ID).doesNotContain(ImportColumn.MOBILE_PHONE);
    }

    @Test
    void reportsEachBadValueWithItsRowColumnAndCodeButNotTheValue() throws IOException {
        ImportFile file = read(HEADER + "\n"
                + "P-1,Sample,Robin,2010-02-30,X,,,Ohio,4321,555-0101,robin@,NOPE1,,,,,\n"
                + "P-2,,Sam,,U,,,,,,,SIM01,,,,,\n"
                + "P-3,Sample,Kim,01/02/2030,,,,,,,,,M-1,,,,\n"
                + "P-4,Sample,Lee,1990-01-01,,,,,,,,SIM01,M-4,,child,,\n"
                + "P-5,Sample,Jo,1990-01-01,,,,,,,,SIM01,M-5,,self,Sample,Robin\n");
        assertThat(problems(file)).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(
                        tuple(2, "birthDate", Code.BAD_DATE), tuple(2, "sex", Code.BAD_SEX),
                        tuple(2, "state", Code.BAD_STATE), tuple(2, "zip", Code.BAD_ZIP),
                        tuple(2, "homePhone", Code.BAD_PHONE), tuple(2, "email", Code.BAD_EMAIL),
                        tuple(2, "payerId", Code.UNKNOWN_PAYER), tuple(2, "memberId", Code.MISSING_MEMBER_ID),
                        tuple(3, "lastName", Code.REQUIRED), tuple(3, "birthDate", Code.REQUIRED),
                        tuple(3, "memberId", Code.MISSING_MEMBER_ID),
                        tuple(4, "birthDate", Code.BAD_DATE), tuple(4, "payerId", Code.MISSING_PAYER),
                        tuple(5, "subscriberLastName", Code.REQUIRED), tuple(5, "subscriberFirstName", Code.REQUIRED),
                        tuple(6, "subscriberLastName", Code.NOT_EXPECTED),
                        tuple(6, "subscriberFirstName", Code.NOT_EXPECTED));
        assertThat(problems(file)).extracting(ImportProblem::message)
                .noneMatch(m -> m.contains("Robin") || m.contains("Sample") || m.contains("NOPE1")
                        || m.contains("2010") || m.contains("555-0101"));
        assertThat(file.rows()).allMatch(r -> r.values() == null);
    }

    @Test
    void refusesAWrongHeaderAsAWholeAndChecksNoRow() throws IOException {
        ImportFile file = read("externalId,lastname,first_name,birthDate,birthDate,favouriteColour\nP-1,A,B,,,\n");
        assertThat(file.fileProblems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(1, "birthDate", Code.DUPLICATE_COLUMN), tuple(1, "", Code.UNKNOWN_COLUMN));
        assertThat(file.rows()).isEmpty();
        assertThat(read("externalId,lastName\nP-1,A\n").fileProblems()).extracting(ImportProblem::column,
                ImportProblem::code).containsExactly(tuple("firstName", Code.MISSING_COLUMN),
                tuple("birthDate", Code.MISSING_COLUMN));
        assertThat(read("").fileProblems()).extracting(ImportProblem::code).containsExactly(Code.EMPTY_FILE);
        assertThat(read(HEADER + "\n,,,\n").fileProblems()).extracting(ImportProblem::code)
                .containsExactly(Code.EMPTY_FILE);
    }

    @Test
    void refusesASecondRowWithTheSameExternalIdOrAccountNumber() throws IOException {
        ImportFile file = read("externalId,accountNumber,lastName,firstName,birthDate\n"
                + "P-1,100,Sample,Robin,2010-01-01\nP-2,100,Sample,Sam,2011-01-01\nP-1,,Sample,Kim,2012-01-01\n"
                + "P-4,1 0,Sample,Lee,2012-01-01\n");
        assertThat(problems(file)).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(tuple(3, "accountNumber", Code.DUPLICATE_ACCOUNT_NUMBER),
                        tuple(4, "externalId", Code.DUPLICATE_EXTERNAL_ID),
                        tuple(5, "accountNumber", Code.BAD_ACCOUNT_NUMBER));
        assertThat(problems(file).get(1).message()).contains("Row 2");
    }

    @Test
    void skipsBlankRowsButCountsThemAndReportsMalformedRowsAndWrongFieldCounts() throws IOException {
        ImportFile file = read("externalId,lastName,firstName,birthDate\n\n,,,\nP-1,Sample,Robin,2010-01-01\n"
                + "P-2,\"Sam\"ple,Sam,2010-01-01\nP-3,Sample\n");
        assertThat(file.rows()).extracting(ImportFile.Row::row).containsExactly(4, 5, 6);
        assertThat(problems(file)).extracting(ImportProblem::row, ImportProblem::code)
                .containsExactly(tuple(5, Code.MALFORMED_ROW), tuple(6, Code.WRONG_FIELD_COUNT));
    }

    @Test
    void turnsLineBreaksInsideAValueIntoSpacesAndMatchesHeaderNamesLoosely() throws IOException {
        ImportFile file = read("\uFEFFExternal ID,LAST_NAME,first-name,Birth Date,Address Line1\r\n"
                + "P-1,Sample,Robin,2010-01-01,\"12 Elm Street\r\nApt 3\"\r\n");
        assertThat(file.isValid()).isTrue();
        assertThat(file.rows().get(0).values().address().line1()).isEqualTo("12 Elm Street Apt 3");
    }
}
