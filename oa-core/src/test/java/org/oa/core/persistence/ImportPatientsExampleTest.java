package org.oa.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.oa.core.identifier.Npi;
import org.oa.core.identifier.TaxId;
import org.oa.core.patient.PatientRecordEvent;
import org.oa.core.patient.imports.ImportPreview;
import org.oa.core.patient.imports.ImportProblem;
import org.oa.core.patient.imports.ImportResult;
import org.oa.core.patient.imports.PatientImport;
import org.oa.core.patient.imports.RowOutcome;
import org.oa.core.practice.Location;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;

/**
 * Shows how an upload page uses the import: preview the file and show its problems, let the user fix the file,
 * preview again, then import in one transaction. All data is synthetic.
 */
class ImportPatientsExampleTest {

    @Test
    void previewsShowsProblemsThenImportsTheCorrectedFileInOneTransaction() throws IOException {
        DataSource dataSource = TestDatabases.derby("import-example");
        CorePersistence.migrate(dataSource);
        EntityManagerFactory factory = CorePersistence.createEntityManagerFactory(dataSource);
        PracticeId practice = PracticeId.random();
        List<PatientRecordEvent> auditTrail = new ArrayList<>();
        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        CorePersistence.practices(em).add(new Practice(practice, "Sunrise Family Medicine", new TaxId("123456789"),
                new Npi("1234567893"), List.of(new Location(UUID.randomUUID(), "Main", "100 Main Street",
                "Springfield", "IL", "627011234", null)), List.of()));
        CoreRepositories.payers(em).save(org.oa.core.payer.PayerList.bundled()
                .get(org.oa.core.identifier.PayerId.of("SIM01")));
        em.getTransaction().commit();

        String upload = "externalId,lastName,firstName,birthDate,payerId,memberId\n"
                + "A100,Sample,Alex,1980-03-14,SIM01,XQZ123456789\n"
                + "A101,Sample,Sam,14/03/1982,SIM01,\n";
        em.getTransaction().begin();
        PatientImport patientImport = CoreRepositories.patientImport(em, practice, auditTrail::add,
                CoreRepositories.payers(em).toPayerList());
        ImportPreview preview = patientImport.preview(new StringReader(upload));
        em.getTransaction().rollback();
        assertThat(preview.isImportable()).isFalse();
        assertThat(preview.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::code)
                .containsExactly(org.assertj.core.api.Assertions.tuple(3, "birthDate", ImportProblem.Code.BAD_DATE),
                        org.assertj.core.api.Assertions.tuple(3, "memberId", ImportProblem.Code.MISSING_MEMBER_ID));

        String corrected = upload.replace("14/03/1982,SIM01,", "03/14/1982,SIM01,XQZ987654321");
        em.getTransaction().begin();
        ImportResult result = CoreRepositories.patientImport(em, practice, auditTrail::add,
                CoreRepositories.payers(em).toPayerList()).importRows(new StringReader(corrected));
        em.getTransaction().commit();

        assertThat(result.isImported()).isTrue();
        assertThat(result.report().count(RowOutcome.Action.CREATE)).isEqualTo(2);
        assertThat(auditTrail).filteredOn(PatientRecordEvent::isChange).hasSize(4);
        em.close();
        factory.close();
    }
}
