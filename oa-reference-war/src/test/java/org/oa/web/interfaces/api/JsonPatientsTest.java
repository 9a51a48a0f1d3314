package org.oa.web.interfaces.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientRelationship;
import org.oa.core.patient.Sex;
import org.oa.core.patient.AccountNumber;
import org.oa.core.practice.PracticeId;

/** The patient JSON of the API: each problem named by its path and field, never by its value. */
class JsonPatientsTest {

    private static final PracticeId PRACTICE = PracticeId.random();

    @Test
    void readsAPatientWithASpouseCoverage() {
        JsonPatients.Read read = JsonPatients.read("""
                {"lastName":"Sample","firstName":"Robin","birthDate":"1990-02-03","sex":"F",
                 "address":{"line1":"1 Elm St","city":"Springfield","state":"il","zip":"62701-1234"},
                 "phone":"(217) 555-0142","email":"robin@example.org","externalId":"OLD-17",
                 "coverages":[{"payerId":"sim01","memberId":"SIM1","order":"secondary","relationship":"SPOUSE",
                   "subscriber":{"lastName":"Sample","firstName":"Sam","birthDate":"1988-01-01","sex":"M"}}]}
                """, PRACTICE);

        assertThat(read.problems()).isEmpty();
        PatientRecord patient = read.patient().id(PatientId.random()).accountNumber(AccountNumber.of("P-1")).build();
        assertThat(patient.birthDate()).isEqualTo(LocalDate.of(1990, 2, 3));
        assertThat(patient.sex()).isEqualTo(Sex.FEMALE);
        assertThat(patient.address().state()).isEqualTo("IL");
        assertThat(patient.address().zip()).isEqualTo("627011234");
        assertThat(patient.phones()).singleElement().satisfies(p -> assertThat(p.number()).isEqualTo("2175550142"));
        assertThat(read.externalId()).isEqualTo("OLD-17");
        assertThat(read.coverages()).singleElement().satisfies(c -> {
            assertThat(c.payerId().value()).isEqualTo("SIM01");
            assertThat(c.priority()).isEqualTo(CoveragePriority.SECONDARY);
            assertThat(c.relationship()).isEqualTo(PatientRelationship.SPOUSE);
            assertThat(c.subscriber().name().first()).isEqualTo("Sam");
        });
    }

    @Test
    void namesEveryProblemByItsPathWithoutQuotingTheValue() {
        JsonPatients.Read read = JsonPatients.read("""
                {"lastName":"Sample","birthDate":"1990-13-45","sex":"Q","phone":"555-SECRET",
                 "coverages":[{"payerId":"SIM01","order":"FIRST","relationship":"CHILD"}, 7]}
                """, PRACTICE);

        assertThat(read.problems()).extracting(ApiError.InputProblem::path).containsExactly("$.lastName",
                "$.birthDate", "$.sex", "$.phone", "$.coverages[0].memberId", "$.coverages[0].order",
                "$.coverages[0].subscriber", "$.coverages[1]");
        assertThat(read.problems()).extracting(ApiError.InputProblem::message)
                .noneMatch(m -> m.contains("1990-13-45") || m.contains("SECRET") || m.contains("FIRST"));
    }

    @Test
    void aBodyThatIsNotOnePatientObjectIsRefusedAtTheRoot() {
        assertThat(JsonPatients.read("[1,2]", PRACTICE).problems()).extracting(ApiError.InputProblem::path)
                .containsExactly("$");
        assertThat(JsonPatients.read("{\"lastName\":", PRACTICE).problems()).extracting(ApiError.InputProblem::path)
                .containsExactly("$");
    }
}
