package org.oa.security.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.security.Fixtures;
import org.oa.security.OaSecurity;
import org.oa.security.OaSecurityException;
import org.oa.security.TestDatabases;

class AccountsTest {

    private OaSecurity security;

    @BeforeEach
    void setUp() {
        security = OaSecurity.builder().dataSource(TestDatabases.derby()).hashParameters(TestDatabases.FAST).build();
        security.migrate();
    }

    @Test
    void storesTheUsernameNormalisedAndFindsItInAnyForm() {
        AccountId id = security.accounts().create(Fixtures.staff("Ｍａｒｙ.Clinic", Role.CLINICIAN));
        assertThat(security.accounts().find(id).orElseThrow().username()).isEqualTo("mary.clinic");
        assertThat(security.accounts().findByUsername("MARY.CLINIC")).map(AccountView::id).contains(id);
    }

    @Test
    void findsAccountsByEmailInAnyLetterCaseForTheUsernameReminder() {
        AccountId id = security.accounts().create(Fixtures.staff("remind.me", Role.BILLER));
        assertThat(security.accounts().findByEmail("  REMINDME@Example.Test ")).extracting(AccountView::id)
                .containsExactly(id);
        assertThat(security.accounts().findByEmail("nobody@example.test")).isEmpty();
    }

    @Test
    void refusesASecondAccountWithTheSameNormalisedUsername() {
        security.accounts().create(Fixtures.staff("sam.desk", Role.FRONT_DESK));
        Registration second = security.accounts().register(Fixtures.staff("SAM.DESK", Role.FRONT_DESK));
        assertThat(second).isEqualTo(new Registration.Rejected(true, java.util.List.of()));
        assertThatThrownBy(() -> security.accounts().create(Fixtures.staff("Sam.Desk", Role.FRONT_DESK)))
                .isInstanceOf(OaSecurityException.class).hasMessage("account not created: USERNAME_TAKEN");
        assertThat(security.accounts().count()).isEqualTo(1);
    }

    @Test
    void listsTheAccountsOfOnePracticeByUsername() {
        security.accounts().create(Fixtures.staff("zed.biller", Role.BILLER));
        security.accounts().create(Fixtures.staff("amy.desk", Role.FRONT_DESK));
        security.accounts().create(Fixtures.patient("pat.someone"));
        assertThat(security.accounts().listByPractice(Fixtures.PRACTICE)).extracting(AccountView::username)
                .containsExactly("amy.desk", "zed.biller");
        assertThat(security.accounts().listByPractice(UUID.randomUUID())).isEmpty();
    }

    @Test
    void findsNothingForAnUnknownId() {
        assertThat(security.accounts().find(AccountId.random())).isEmpty();
    }

    @Test
    void keepsEmailAndPasswordOutOfToString() {
        NewAccount request = Fixtures.staff("quiet.one", Role.BILLER);
        assertThat(request.toString()).doesNotContain("@example.test").doesNotContain(Fixtures.GOOD_PASSWORD);
        AccountId id = security.accounts().create(request);
        AccountView view = security.accounts().find(id).orElseThrow();
        assertThat(view.email()).isEqualTo("quietone@example.test");
        assertThat(view.toString()).doesNotContain("@").contains("quiet.one");
    }

    @Test
    void createsPatientsWithoutAPractice() {
        AccountId id = security.accounts().create(Fixtures.patient("pat.ient"));
        AccountView view = security.accounts().find(id).orElseThrow();
        assertThat(view.practiceId()).isNull();
        assertThat(view.portals()).containsExactly(Portal.PATIENT);
    }

    @Test
    void validatesRolesAgainstThePractice() {
        char[] pw = Fixtures.GOOD_PASSWORD.toCharArray();
        assertThatThrownBy(() -> new NewAccount("p", "P", "p@example.test", UUID.randomUUID(), Set.of(Role.PATIENT), pw))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("practiceId");
        assertThatThrownBy(() -> new NewAccount("b", "B", "b@example.test", null, Set.of(Role.BILLER), pw))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("practiceId");
        assertThatThrownBy(() -> new NewAccount("b", "B", "b@example.test", null, Set.of(), pw))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("roles");
    }

    @Test
    void mapsRolesToPortals() {
        assertThat(Role.BILLER.portals()).containsExactly(Portal.SERVICE_CENTER);
        assertThat(Role.FRONT_DESK.portals()).containsExactly(Portal.PRACTICE_MATE);
        assertThat(Role.CLINICIAN.portals()).containsExactly(Portal.EHR);
        assertThat(Role.PATIENT.portals()).containsExactly(Portal.PATIENT);
        assertThat(Role.PRACTICE_ADMIN.portals()).containsExactlyInAnyOrder(Portal.SERVICE_CENTER, Portal.PRACTICE_MATE);
    }
}
