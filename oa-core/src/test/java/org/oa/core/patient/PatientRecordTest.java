package org.oa.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.oa.core.contact.Address;
import org.oa.core.contact.Phone;
import org.oa.core.contact.PhoneType;
import org.oa.core.practice.PracticeId;

class PatientRecordTest {

    private static final PracticeId PRACTICE = PracticeId.random();

    private static PatientRecord.Builder robin() {
        return PatientRecord.builder().id(PatientId.random()).practiceId(PRACTICE)
                .accountNumber(AccountNumber.of("mrn-77")).name(new PersonName(" Robin ", "Q", "Sample"))
                .birthDate(LocalDate.of(2010, 2, 28))
                .address(new Address("12 Elm Street", "", "Columbus", "OH", "43215"));
    }

    @Test
    void newRecordIsActiveSelfGuaranteedAndUnstored() {
        PatientRecord r = robin().build();
        assertThat(r.status()).isEqualTo(PatientStatus.ACTIVE);
        assertThat(r.guarantor().isSelf()).isTrue();
        assertThat(r.isStored()).isFalse();
        assertThat(r.sex()).isEqualTo(Sex.UNKNOWN);
        assertThat(r.name().first()).isEqualTo("Robin");
        assertThat(r.accountNumber().value()).isEqualTo("MRN-77");
        assertThat(r.email()).isEmpty();
        assertThat(r.preferredLanguage()).isEmpty();
    }

    @Test
    void normalisesPhonesToTenDigitsInTypeOrderAndRefusesTwoOfOneType() {
        PatientRecord r = robin().phone(PhoneType.WORK, "+1 (614) 555-0103").phone(PhoneType.HOME, "614.555.0102")
                .build();
        assertThat(r.phones()).containsExactly(new Phone(PhoneType.HOME, "6145550102"),
                new Phone(PhoneType.WORK, "6145550103"));
        assertThat(r.phone(PhoneType.MOBILE)).isEmpty();
        assertThat(robin().phone(PhoneType.HOME, "6145550102").phone(PhoneType.HOME, "6145550109").build()
                .phones()).containsExactly(new Phone(PhoneType.HOME, "6145550109"));
        assertThatThrownBy(() -> new Phone(PhoneType.HOME, "555-0102")).hasMessage("phone number must be 10 digits");
        assertThatThrownBy(() -> robin().build().toBuilder().build().phones().add(Phone.of(PhoneType.HOME,
                "6145550102"))).isInstanceOf(UnsupportedOperationException.class);
        PatientRecord two = robin().build();
        assertThatThrownBy(() -> new PatientRecord(two.id(), PRACTICE, two.accountNumber(), two.name(),
                two.birthDate(), null, null, java.util.List.of(Phone.of(PhoneType.HOME, "6145550102"),
                Phone.of(PhoneType.HOME, "6145550103")), "", "", null, null, null, null))
                .hasMessageContaining("at most one number of each type");
    }

    @Test
    void checksEmailLanguageAndNamesNamingTheFieldButNotTheValue() {
        assertThat(robin().email(" robin@example.org ").preferredLanguage("es-mx").build())
                .extracting(PatientRecord::email, PatientRecord::preferredLanguage)
                .containsExactly("robin@example.org", "es-MX");
        assertThatThrownBy(() -> robin().email("robin.example.org").build())
                .hasMessageStartingWith("patient email").hasMessageNotContaining("robin");
        assertThatThrownBy(() -> robin().email("robin@@example.org").build()).hasMessageStartingWith("patient email");
        assertThatThrownBy(() -> robin().preferredLanguage("not a tag").build())
                .hasMessageStartingWith("patient preferredLanguage");
        assertThatThrownBy(() -> PersonName.of("", "Sample")).hasMessage("name first is required");
        assertThatThrownBy(() -> PersonName.of("Robin", "S".repeat(61)))
                .hasMessage("name last must be at most 60 characters");
        assertThatThrownBy(() -> robin().birthDate(null).build()).hasMessage("patient birthDate");
        assertThatThrownBy(() -> AccountNumber.of("MRN 77")).hasMessageContaining("letters, digits and hyphens");
    }

    @Test
    void stampsComeInPairsAndUpdatedIsNeverBeforeCreated() {
        Instant t = Instant.parse("2026-06-15T09:30:00Z");
        assertThat(robin().stamps(t, t.plusSeconds(1)).build().isStored()).isTrue();
        assertThatThrownBy(() -> robin().stamps(t, null).build()).hasMessageContaining("both set or both empty");
        assertThatThrownBy(() -> robin().stamps(t, t.minusSeconds(1)).build())
                .hasMessageContaining("must not be before");
    }

    @Test
    void aGuarantorOtherThanThePatientNeedsAPersonAndSelfHasNone() {
        RelatedPerson parent = new RelatedPerson(PersonName.of("Jordan", "Sample"), null, null, null, null);
        assertThat(Guarantor.of(PatientRelationship.CHILD, parent).isSelf()).isFalse();
        assertThatThrownBy(() -> Guarantor.of(PatientRelationship.CHILD, null))
                .hasMessageContaining("guarantor person is required");
        assertThatThrownBy(() -> Guarantor.of(PatientRelationship.SELF, parent))
                .hasMessageContaining("must be empty");
    }

    @Test
    void toStringShowsNoProtectedHealthInformation() {
        PatientRecord r = robin().phone(PhoneType.MOBILE, "6145550101").email("robin@example.org")
                .guarantor(Guarantor.of(PatientRelationship.CHILD, new RelatedPerson(PersonName.of("Jordan",
                        "Sample"), LocalDate.of(1980, 1, 5), Sex.MALE, null, Phone.of(PhoneType.HOME, "6145550102"))))
                .build();
        String text = r + " " + r.name() + " " + r.accountNumber() + " " + r.phones() + " " + r.guarantor() + " "
                + r.guarantor().person() + " " + PatientSearch.everyone().withName("Sample")
                .withPhone("6145550101").withBirthDate(r.birthDate()).withAccountNumber(r.accountNumber());
        assertThat(text).doesNotContain("Robin", "Sample", "Jordan", "2010", "1980", "MRN-77", "5550101",
                "5550102", "robin@", "Elm");
        assertThat(text).contains(r.id().toString());
    }

    @Test
    void becomesTheClaimPatientWithTheRecordsId() {
        PatientRecord r = robin().sex(Sex.FEMALE).build();
        Patient claimPatient = r.toClaimPatient();
        assertThat(claimPatient).isEqualTo(new Patient(r.id(), "Robin", "Sample", LocalDate.of(2010, 2, 28),
                Sex.FEMALE, r.address()));
    }

    @Test
    void searchRefusesBadPagesAndPhonesAndPagesForward() {
        assertThat(PatientSearch.everyone().limit()).isEqualTo(PatientSearch.DEFAULT_LIMIT);
        assertThat(PatientSearch.everyone().withPhone("(614) 555-0101").phone()).isEqualTo("6145550101");
        assertThatThrownBy(() -> PatientSearch.everyone().withPhone("0101")).hasMessage("search phone must be 10 digits");
        assertThatThrownBy(() -> PatientSearch.everyone().page(-1, 10)).hasMessageContaining("offset");
        assertThatThrownBy(() -> PatientSearch.everyone().page(0, PatientSearch.MAX_LIMIT + 1))
                .hasMessageContaining("limit");
        PatientRecord r = robin().build();
        assertThat(new PatientPage(java.util.List.of(r), 3, 1, 1).hasNext()).isTrue();
        assertThat(new PatientPage(java.util.List.of(r), 3, 2, 1).hasNext()).isFalse();
    }
}
