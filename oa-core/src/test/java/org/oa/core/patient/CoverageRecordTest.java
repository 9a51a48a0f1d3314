package org.oa.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.oa.core.contact.Address;
import org.oa.core.identifier.MemberId;
import org.oa.core.identifier.PayerId;
import org.oa.core.practice.PracticeId;

class CoverageRecordTest {

    private static final PatientId PATIENT = PatientId.random();
    private static final PayerId SIM01 = PayerId.of("SIM01");

    private static CoverageRecord coverage(CoveragePriority priority, LocalDate from, LocalDate to) {
        return new CoverageRecord(CoverageId.random(), PATIENT, SIM01, new MemberId("SIM123"), "G1",
                PatientRelationship.SELF, null, priority, from, to);
    }

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    @Test
    void isInEffectFromItsFirstToItsLastDayInclusive() {
        CoverageRecord c = coverage(CoveragePriority.PRIMARY, day(2025, 1, 1), day(2025, 12, 31));
        assertThat(c.isInEffectOn(day(2024, 12, 31))).isFalse();
        assertThat(c.isInEffectOn(day(2025, 1, 1))).isTrue();
        assertThat(c.isInEffectOn(day(2025, 12, 31))).isTrue();
        assertThat(c.isInEffectOn(day(2026, 1, 1))).isFalse();
        assertThat(coverage(CoveragePriority.PRIMARY, null, null).isInEffectOn(day(1900, 1, 1))).isTrue();
    }

    @Test
    void overlapsOnlyAnotherCoverageOfTheSameOrderSharingADay() {
        CoverageRecord year2025 = coverage(CoveragePriority.PRIMARY, day(2025, 1, 1), day(2025, 12, 31));
        assertThat(year2025.overlaps(coverage(CoveragePriority.PRIMARY, day(2025, 12, 31), null))).isTrue();
        assertThat(year2025.overlaps(coverage(CoveragePriority.PRIMARY, day(2026, 1, 1), null))).isFalse();
        assertThat(year2025.overlaps(coverage(CoveragePriority.PRIMARY, null, day(2024, 12, 31)))).isFalse();
        assertThat(year2025.overlaps(coverage(CoveragePriority.PRIMARY, null, day(2025, 1, 1)))).isTrue();
        assertThat(year2025.overlaps(coverage(CoveragePriority.SECONDARY, day(2025, 6, 1), null))).isFalse();
        assertThat(coverage(CoveragePriority.TERTIARY, null, null)
                .overlaps(coverage(CoveragePriority.TERTIARY, day(2030, 1, 1), null))).isTrue();
    }

    @Test
    void refusesAPeriodEndingBeforeItStartsAndASubscriberThatDoesNotFitTheRelationship() {
        assertThatThrownBy(() -> coverage(CoveragePriority.PRIMARY, day(2025, 2, 1), day(2025, 1, 31)))
                .hasMessage("coverage effectiveTo must not be before effectiveFrom");
        assertThatThrownBy(() -> new CoverageRecord(CoverageId.random(), PATIENT, SIM01, new MemberId("M"), "",
                PatientRelationship.SPOUSE, null, CoveragePriority.PRIMARY, null, null))
                .hasMessageContaining("subscriber is required");
    }

    @Test
    void givesAClaimCoverageWithThePatientOrTheSubscriberAsInsured() {
        PatientRecord patient = PatientRecord.builder().id(PATIENT).practiceId(PracticeId.random())
                .accountNumber(AccountNumber.of("A1")).name(PersonName.of("Sam", "Sample"))
                .birthDate(day(2012, 5, 1)).build();
        Coverage self = coverage(CoveragePriority.PRIMARY, null, null).toCoverage(patient);
        assertThat(self.subscriber().lastName()).isEqualTo("Sample");
        assertThat(self.subscriber().memberId()).isEqualTo("SIM123");
        assertThat(self.subscriber().groupNumber()).isEqualTo("G1");
        RelatedPerson parent = new RelatedPerson(PersonName.of("Alex", "Parent"), day(1980, 3, 14), Sex.FEMALE,
                new Address("1 Main Street", "", "Columbus", "OH", "43215"), null);
        Coverage child = new CoverageRecord(CoverageId.random(), PATIENT, SIM01, new MemberId("SIM9"), "",
                PatientRelationship.CHILD, parent, CoveragePriority.SECONDARY, null, null).toCoverage(patient);
        assertThat(child.subscriber().lastName()).isEqualTo("Parent");
        assertThat(child.relationship()).isEqualTo(PatientRelationship.CHILD);
        assertThat(child.priority()).isEqualTo(CoveragePriority.SECONDARY);
        assertThatThrownBy(() -> coverage(CoveragePriority.PRIMARY, null, null).toCoverage(patient.toBuilder()
                .id(PatientId.random()).build())).hasMessage("coverage belongs to another patient");
    }

    @Test
    void toStringShowsNoMemberIdOrSubscriber() {
        assertThat(coverage(CoveragePriority.PRIMARY, null, null).toString()).doesNotContain("SIM123", "G1");
    }
}
