package org.oa.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.oa.security.account.AccountId;
import org.oa.security.account.AccountState;
import org.oa.security.account.AccountView;
import org.oa.security.account.NewAccount;
import org.oa.security.account.Portal;
import org.oa.security.account.Role;
import org.oa.security.login.LoginOutcome;

/** How an application uses the library, end to end. */
class OaSecurityExampleTest {

    @Test
    void createsAnAccountAndSignsItInToItsPortal() {
        DataSource dataSource = TestDatabases.derby();
        OaSecurity security = OaSecurity.builder()
                .dataSource(dataSource)
                .hashParameters(TestDatabases.FAST)
                .build();
        assertThat(security.migrate()).isPositive();
        assertThat(security.migrate()).isZero();

        UUID practice = UUID.randomUUID();
        AccountId id = security.accounts().create(new NewAccount("Dana.Front", "Dana Front", "dana@example.test",
                practice, Set.of(Role.FRONT_DESK, Role.PRACTICE_ADMIN), "Plum-Orbit-Kettle-42".toCharArray()));
        assertThat(security.accounts().count()).isEqualTo(1);
        AccountView view = security.accounts().find(id).orElseThrow();
        assertThat(view.username()).isEqualTo("dana.front");
        assertThat(view.state()).isEqualTo(AccountState.ACTIVE);
        assertThat(view.practiceId()).isEqualTo(practice);

        LoginOutcome outcome = security.login().authenticate(Portal.PRACTICE_MATE, "DANA.front",
                "Plum-Orbit-Kettle-42".toCharArray());

        assertThat(outcome).isInstanceOfSatisfying(LoginOutcome.Success.class, success -> {
            assertThat(success.account().id()).isEqualTo(id);
            assertThat(success.rolesInPortal()).containsExactlyInAnyOrder(Role.FRONT_DESK, Role.PRACTICE_ADMIN);
        });
    }

    @Test
    void refusesToBuildWithoutADataSource() {
        assertThatThrownBy(() -> OaSecurity.builder().build()).isInstanceOf(OaSecurityException.class)
                .hasMessageContaining("dataSource");
    }

    @Test
    void usesTheDefaultSchemaOaSecurity() {
        assertThat(OaSecurity.DEFAULT_SCHEMA).isEqualTo("OA_SECURITY");
    }
}
