package org.oa.security.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.security.Fixtures;
import org.oa.security.OaSecurity;
import org.oa.security.OaSecurityException;
import org.oa.security.TestDatabases;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;
import org.oa.security.account.Role;
import org.oa.security.login.RefusalReason;

class SftpCredentialsTest {

    private final AtomicInteger verifications = new AtomicInteger();
    private OaSecurity security;
    private AccountId id;

    @BeforeEach
    void setUp() {
        security = OaSecurity.builder().dataSource(TestDatabases.derby()).hashParameters(TestDatabases.FAST)
                .verificationListener(verifications::incrementAndGet).build();
        security.migrate();
        id = security.accounts().create(Fixtures.staff("sftp.biller", Role.BILLER));
    }

    @Test
    void issuesAGeneratedCredentialThatIsNotTheWebPassword() {
        SftpSecret secret = security.sftp().issue(id);
        assertThat(secret.username()).matches("oa-[a-z2-9]{10}");
        assertThat(secret.secret()).hasSize(24).isNotEqualTo(Fixtures.GOOD_PASSWORD);
        assertThat(secret.toString()).doesNotContain(secret.secret());
        assertThat(security.sftp().authenticate(secret.username(), secret.secret().toCharArray()))
                .isInstanceOfSatisfying(SftpLoginOutcome.Success.class, s -> assertThat(s.account().id()).isEqualTo(id));
        assertThat(security.sftp().authenticate(secret.username(), Fixtures.GOOD_PASSWORD.toCharArray()))
                .isEqualTo(new SftpLoginOutcome.Refused(RefusalReason.WRONG_PASSWORD));
        assertThat(security.sftp().authenticate("sftp.biller", Fixtures.GOOD_PASSWORD.toCharArray()))
                .isEqualTo(new SftpLoginOutcome.Refused(RefusalReason.UNKNOWN_USERNAME));
    }

    @Test
    void provisionsAChosenUsernameAndSecretThatReplaceTheGeneratedOne() {
        SftpSecret generated = security.sftp().issue(id);
        security.sftp().provision(id, "demo-sftp", "Chosen-Secret#2026".toCharArray());
        assertThat(security.sftp().authenticate("demo-sftp", "Chosen-Secret#2026".toCharArray()))
                .isInstanceOfSatisfying(SftpLoginOutcome.Success.class, s -> assertThat(s.account().id()).isEqualTo(id));
        assertThat(security.sftp().authenticate(generated.username(), generated.secret().toCharArray()))
                .isEqualTo(new SftpLoginOutcome.Refused(RefusalReason.UNKNOWN_USERNAME));

        AccountId other = security.accounts().create(Fixtures.staff("sftp.other", Role.BILLER));
        assertThatThrownBy(() -> security.sftp().provision(other, "demo-sftp", "Another-Secret#2026".toCharArray()))
                .isInstanceOf(OaSecurityException.class).hasMessageNotContaining("Secret");
        assertThatThrownBy(() -> security.sftp().provision(other, "Bad Name", "Another-Secret#2026".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> security.sftp().provision(other, "short-secret", "tiny".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void regeneratingRevokesTheOldCredential() {
        SftpSecret first = security.sftp().issue(id);
        SftpSecret second = security.sftp().issue(id);
        assertThat(security.sftp().authenticate(first.username(), first.secret().toCharArray()).getClass())
                .isEqualTo(SftpLoginOutcome.Refused.class);
        assertThat(security.sftp().authenticate(second.username(), second.secret().toCharArray()))
                .isInstanceOf(SftpLoginOutcome.Success.class);
        assertThat(security.sftp().revoke(id)).isTrue();
        assertThat(security.sftp().authenticate(second.username(), second.secret().toCharArray()))
                .isEqualTo(new SftpLoginOutcome.Refused(RefusalReason.UNKNOWN_USERNAME));
    }

    @Test
    void lockoutAppliesAndUnknownUsernamesCostOneVerification() {
        SftpSecret secret = security.sftp().issue(id);
        verifications.set(0);
        security.sftp().authenticate("oa-nobody", "x".toCharArray());
        assertThat(verifications).hasValue(1);
        for (int i = 0; i < 5; i++) {
            security.sftp().authenticate(secret.username(), "wrong".toCharArray());
        }
        assertThat(security.sftp().authenticate(secret.username(), secret.secret().toCharArray()))
                .isEqualTo(new SftpLoginOutcome.Refused(RefusalReason.LOCKED));
        assertThat(verifications).hasValue(6);
        assertThat(security.login().authenticate(Portal.SERVICE_CENTER, "sftp.biller",
                Fixtures.GOOD_PASSWORD.toCharArray()).succeeded()).isFalse();
    }

    @Test
    void patientsGetNoSftpCredential() {
        AccountId patient = security.accounts().create(Fixtures.patient("pat.sftp"));
        assertThatThrownBy(() -> security.sftp().issue(patient)).isInstanceOf(OaSecurityException.class);
    }
}
