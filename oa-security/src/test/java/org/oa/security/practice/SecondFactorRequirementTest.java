package org.oa.security.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.oa.security.Fixtures;
import org.oa.security.OaSecurity;
import org.oa.security.TestDatabases;
import org.oa.security.account.AccountId;
import org.oa.security.account.Role;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEntry;
import org.oa.security.audit.AuditQuery;
import org.oa.security.lockout.LockoutPolicy;
import org.oa.security.password.PasswordPolicy;

/** A practice requires a second factor in every portal, on Derby and (when configured) PostgreSQL. */
class SecondFactorRequirementTest {

    private static final UUID OTHER_PRACTICE = UUID.fromString("00000000-0000-4000-8000-000000000002");

    private DataSource postgres;
    private String postgresSchema;

    private OaSecurity security(String database) {
        OaSecurity.Builder builder = OaSecurity.builder().hashParameters(TestDatabases.FAST);
        if (database.equals("postgres")) {
            Assumptions.assumeTrue(TestDatabases.postgresConfigured(), "OA_TEST_PG_URL not set");
            postgres = TestDatabases.postgres();
            postgresSchema = TestDatabases.uniqueSchema();
            builder.dataSource(postgres).schema(postgresSchema);
        } else {
            builder.dataSource(TestDatabases.derby());
        }
        OaSecurity security = builder.build();
        security.migrate();
        return security;
    }

    @AfterEach
    void dropPostgresSchema() {
        if (postgres != null) {
            TestDatabases.dropPostgresSchema(postgres, postgresSchema);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgres"})
    void isOptionalForPatientsPracticesWithoutSettingsAndByDefault(String database) {
        OaSecurity security = security(database);
        assertThat(security.practices().secondFactorRequired(null)).isFalse();
        assertThat(security.practices().secondFactorRequired(Fixtures.PRACTICE)).isFalse();
        assertThat(PracticeSecurity.defaults(Fixtures.PRACTICE, "Synthetic Clinic").secondFactorRequired()).isFalse();

        security.practices().save(new PracticeSecurity(Fixtures.PRACTICE, "Synthetic Clinic", Set.of(), null,
                LockoutPolicy.standard(), PasswordPolicy.standard()));
        assertThat(security.practices().secondFactorRequired(Fixtures.PRACTICE)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgres"})
    void switchingItOnKeepsThePracticesOtherSettingsAndTouchesNoOtherPractice(String database) {
        OaSecurity security = security(database);
        LockoutPolicy strict = new LockoutPolicy(3, Duration.ofMinutes(20), Duration.ofMinutes(60));
        PracticeSecurity before = new PracticeSecurity(Fixtures.PRACTICE, "Synthetic Clinic", Set.of("1234567893"),
                "12-3456789", strict, PasswordPolicy.nist80063b());
        security.practices().save(before);
        security.practices().save(PracticeSecurity.defaults(OTHER_PRACTICE, "Other Clinic"));
        AccountId admin = security.accounts().create(Fixtures.staff("practice.admin", Role.PRACTICE_ADMIN));

        security.practices().requireSecondFactor(Fixtures.PRACTICE, "ignored for an existing practice", true, admin);

        assertThat(security.practices().secondFactorRequired(Fixtures.PRACTICE)).isTrue();
        assertThat(security.practices().find(Fixtures.PRACTICE)).contains(before.withSecondFactorRequired(true));
        assertThat(security.practices().secondFactorRequired(OTHER_PRACTICE)).isFalse();

        security.practices().requireSecondFactor(Fixtures.PRACTICE, "ignored for an existing practice", false, admin);
        assertThat(security.practices().find(Fixtures.PRACTICE)).contains(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgres"})
    void aPracticeWithoutSettingsGetsTheDefaultsAndTheChoice(String database) {
        OaSecurity security = security(database);
        security.practices().requireSecondFactor(Fixtures.PRACTICE, "Synthetic Clinic", true, null);
        assertThat(security.practices().find(Fixtures.PRACTICE))
                .contains(PracticeSecurity.defaults(Fixtures.PRACTICE, "Synthetic Clinic").withSecondFactorRequired(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgres"})
    void saveStoresTheChoiceLikeTheOtherPolicies(String database) {
        OaSecurity security = security(database);
        PracticeSecurity required = PracticeSecurity.defaults(Fixtures.PRACTICE, "Synthetic Clinic")
                .withSecondFactorRequired(true);
        security.practices().save(required);
        assertThat(security.practices().find(Fixtures.PRACTICE)).contains(required);
        assertThat(security.practices().secondFactorRequired(Fixtures.PRACTICE)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"derby", "postgres"})
    void everyChangeIsAuditedUnderTheAdministratorWithoutPersonalData(String database) {
        OaSecurity security = security(database);
        AccountId admin = security.accounts().create(Fixtures.staff("practice.admin", Role.PRACTICE_ADMIN));

        security.practices().requireSecondFactor(Fixtures.PRACTICE, "Synthetic Clinic", true, admin);
        security.practices().requireSecondFactor(Fixtures.PRACTICE, "Synthetic Clinic", false, admin);

        List<AuditEntry> entries = security.audit().search(new AuditQuery(admin, AuditAction.SETTINGS_CHANGED, null,
                null, 10));
        assertThat(entries).extracting(AuditEntry::detail).containsExactly(
                "practice " + Fixtures.PRACTICE + " second factor required in every portal",
                "practice " + Fixtures.PRACTICE + " second factor optional outside EHR");
        assertThat(entries).extracting(AuditEntry::detail).noneMatch(d -> d.contains("Synthetic Clinic"));
        assertThat(security.audit().verify().intact()).isTrue();
    }
}
