package org.oa.core.persistence;

import javax.sql.DataSource;

/** The patient import persistence contract on embedded in-memory Derby. */
class DerbyPatientImportPersistenceTest extends PatientImportPersistenceContract {

    @Override
    DataSource openDataSource() {
        return TestDatabases.derby("patient-import");
    }
}
