package org.oa.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.PatientMatch;
import org.oa.core.claim.PatientMatcher;
import org.oa.core.claim.SampleClaims;
import org.oa.core.contact.PhoneType;
import org.oa.core.identifier.MemberId;
import org.oa.core.identifier.Npi;
import org.oa.core.identifier.PayerId;
import org.oa.core.identifier.TaxId;
import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.DuplicateCheck;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientRecordEvent;
import org.oa.core.patient.PatientRepository;
import org.oa.core.patient.PatientSearch;
import org.oa.core.patient.PersonName;
import org.oa.core.patient.Sex;
import org.oa.core.practice.Location;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.SaveResult;

/**
 * Shows how a Java SE caller keeps a practice's patients: register one with a coverage, find them at the front
 * desk, and link an incoming claim to them, with every read and change heard by an audit listener.
 */
class RegisterAPatientExampleTest {

    @Test
    void registersFindsAndLinksAPatientWithEveryAccessAudited() {
        DataSource dataSource = TestDatabases.derby("example");
        CorePersistence.migrate(dataSource);
        EntityManagerFactory factory = CorePersistence.createEntityManagerFactory(dataSource);
        PracticeId practice = PracticeId.random();
        List<PatientRecordEvent> auditTrail = new ArrayList<>();

        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        CorePersistence.practices(em).add(new Practice(practice, "Sunrise Family Medicine", new TaxId("123456789"),
                new Npi("1234567893"), List.of(new Location(UUID.randomUUID(), "Main", "100 Main Street",
                "Springfield", "IL", "627011234", null)), List.of()));
        PatientRepository patients = CoreRepositories.patients(em, practice, auditTrail::add);
        PatientRecord alex = PatientRecord.builder().id(PatientId.random()).practiceId(practice)
                .accountNumber(AccountNumber.of("SFM-1001")).name(PersonName.of("Alex", "Sample"))
                .birthDate(LocalDate.of(1980, 3, 14)).sex(Sex.FEMALE).phone(PhoneType.MOBILE, "217-555-0100")
                .build();
        SaveResult<PatientRecord> registered = patients.create(alex, DuplicateCheck.CHECK);
        CoreRepositories.coverages(em, practice, auditTrail::add).add(CoverageRecord.self(alex.id(),
                PayerId.of("SIM01"), new MemberId("XQZ123456789"), "GRP100", CoveragePriority.PRIMARY,
                LocalDate.of(2026, 1, 1)));
        em.getTransaction().commit();

        assertThat(registered.isSaved()).isTrue();
        assertThat(patients.search(PatientSearch.everyone().withName("sam")).patients())
                .extracting(PatientRecord::id).containsExactly(alex.id());
        Claim incoming = SampleClaims.professional().id(ClaimId.random()).practiceId(practice).build();
        PatientMatch match = new PatientMatcher(patients).match(incoming);
        assertThat(match.patient()).contains(alex.id());
        assertThat(auditTrail).extracting(PatientRecordEvent::patientId).containsOnly(alex.id());
        assertThat(auditTrail).hasSize(4);
        em.close();
        factory.close();
    }
}
