package org.oa.web.application.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.security.OaSecurity;
import org.oa.security.account.AccountId;
import org.oa.security.account.NewAccount;
import org.oa.security.account.Portal;
import org.oa.security.account.Role;
import org.oa.security.apitoken.IssuedApiToken;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEvent;
import org.oa.security.password.Argon2Parameters;
import org.oa.web.application.practice.PracticeAdministration.AuditFilter;

class PracticeAdministrationTest {

    private static final UUID MINE = UUID.fromString("00000000-0000-4000-8000-0000000000a1");
    private static final UUID BUSY = UUID.fromString("00000000-0000-4000-8000-0000000000a2");
    private static final UUID PATIENT = UUID.fromString("6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
    private static final String PASSWORD = "Plum-Orbit-Kettle-42";

    private final PracticeAdministration administration = new PracticeAdministration();
    private OaSecurity security;
    private AccountId admin;
    private AccountId busyUser;

    @BeforeEach
    void twoPractices() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:admin-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        security = OaSecurity.builder().dataSource(dataSource)
                .hashParameters(new Argon2Parameters(256, 1, 1)).build();
        security.migrate();
        admin = security.accounts().create(staff("admin.mine", MINE, Role.PRACTICE_ADMIN));
        busyUser = security.accounts().create(staff("user.busy", BUSY, Role.BILLER));
        administration.security = security;
    }

    private static NewAccount staff(String username, UUID practice, Role role) {
        return new NewAccount(username, "Test " + username, username.replace(".", "") + "@example.test", practice,
                Set.of(role), PASSWORD.toCharArray());
    }

    @Test
    void listsTheNewestEntriesOfTheOwnPracticeHoweverBusyAnotherPracticeIs() {
        IssuedApiToken token = security.apiTokens().issue(MINE, "practice software", admin);
        // What the API does when its caller reads a claim: no account, the token's practice.
        security.audit().record(AuditEvent.aboutPatient(AuditAction.PATIENT_DATA_VIEWED, null, null, PATIENT,
                "claim 1 via API token " + token.id()).inPractice(MINE));
        for (int i = 0; i < 300; i++) {
            security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, busyUser, Portal.SERVICE_CENTER, "user"));
        }

        assertThat(administration.audit(MINE, AuditFilter.ANY, 200))
                .extracting(PracticeAdministration.AuditLine::action)
                .containsExactly("PATIENT_DATA_VIEWED", "API_TOKEN_ISSUED", "ACCOUNT_CREATED");
        assertThat(administration.audit(MINE, AuditFilter.parse("", PATIENT.toString(), "", "", ""), 200))
                .extracting(PracticeAdministration.AuditLine::detail)
                .containsExactly("claim 1 via API token " + token.id());
        assertThat(administration.audit(MINE, AuditFilter.parse("user.busy", null, null, null, null), 200)).isEmpty();
        assertThat(administration.audit(BUSY, AuditFilter.ANY, 200)).hasSize(200)
                .allSatisfy(line -> assertThat(line.username()).isEqualTo("user.busy"));
    }

    @Test
    void namesThePatientWhoseOwnAccountOpenedARecordOfThePractice() {
        AccountId patient = security.accounts().create(new NewAccount("pat.portal", "Test patient",
                "patportal@example.test", null, Set.of(Role.PATIENT), PASSWORD.toCharArray()));
        security.audit().record(AuditEvent.aboutPatient(AuditAction.PATIENT_DATA_VIEWED, patient, Portal.PATIENT,
                PATIENT, "record viewed via Patient Ally dashboard").inPractice(MINE));
        assertThat(administration.audit(MINE, AuditFilter.parse(null, PATIENT.toString(), null, null, null), 200))
                .extracting(PracticeAdministration.AuditLine::username, PracticeAdministration.AuditLine::portal)
                .containsExactly(org.assertj.core.api.Assertions.tuple("pat.portal", "PATIENT"));
        assertThat(administration.audit(BUSY, AuditFilter.ANY, 200)).as("another practice's trail has none of it")
                .noneMatch(line -> "pat.portal".equals(line.username()));
    }

    @Test
    void searchesByUtcDaysWithBothEndsIncluded() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(administration.audit(MINE, AuditFilter.parse(null, null, "ACCOUNT_CREATED", today.toString(),
                today.toString()), 200)).hasSize(1);
        assertThat(administration.audit(MINE, AuditFilter.parse(null, null, null, today.plusDays(1).toString(),
                null), 200)).isEmpty();
        assertThat(administration.audit(MINE, AuditFilter.parse(null, null, null, null,
                today.minusDays(1).toString()), 200)).isEmpty();
    }

    @Test
    void explainsCriteriaThatCannotBeRead() {
        assertThatThrownBy(() -> AuditFilter.parse(null, "Doe, Jane", null, null, null))
                .hasMessageStartingWith("Patient ID:");
        assertThatThrownBy(() -> AuditFilter.parse(null, null, "DROP TABLE", null, null))
                .hasMessage("Action: choose one from the list.");
        assertThatThrownBy(() -> AuditFilter.parse(null, null, null, "27/11/2026", null))
                .hasMessage("From: enter a day as YYYY-MM-DD.");
        assertThatThrownBy(() -> AuditFilter.parse(null, null, null, "2026-11-27", "2026-11-26"))
                .hasMessage("To: the last day must not be before the first.");
    }
}
