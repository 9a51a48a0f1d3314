package org.oa.security.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Base64;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.oa.security.Fixtures;
import org.oa.security.OaSecurity;
import org.oa.security.TestDatabases;
import org.oa.security.account.Portal;
import org.oa.security.account.Role;

class Argon2DefaultsTest {

    @Test
    void storesArgon2idWithOwaspParametersByDefault() throws Exception {
        DataSource dataSource = TestDatabases.derby();
        OaSecurity security = OaSecurity.builder().dataSource(dataSource).build();
        security.migrate();
        security.accounts().create(Fixtures.staff("owasp.user", Role.CLINICIAN));

        String phc;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT password_hash FROM OA_SECURITY.account")) {
            r.next();
            phc = r.getString(1);
        }
        // $shiro2$argon2id$v=19$t=2,m=19456,p=1$<salt>$<hash>
        String[] parts = phc.split("\\$");
        assertThat(parts).hasSize(7);
        assertThat(parts[1]).isEqualTo("shiro2");
        assertThat(parts[2]).isEqualTo("argon2id");
        assertThat(parts[3]).isEqualTo("v=19");
        assertThat(parts[4]).isEqualTo("t=2,m=19456,p=1");
        assertThat(Base64.getDecoder().decode(pad(parts[5]))).hasSize(16);
        assertThat(Base64.getDecoder().decode(pad(parts[6]))).hasSize(32);
        assertThat(phc).doesNotContain(Fixtures.GOOD_PASSWORD);

        assertThat(security.login().authenticate(Portal.EHR, "owasp.user", Fixtures.GOOD_PASSWORD.toCharArray())
                .succeeded()).isTrue();
    }

    @Test
    void owaspIsTheDocumentedMinimum() {
        assertThat(Argon2Parameters.owasp()).isEqualTo(new Argon2Parameters(19_456, 2, 1));
        assertThat(Argon2Parameters.owasp().meetsOwaspMinimum()).isTrue();
        assertThat(new Argon2Parameters(256, 1, 1).meetsOwaspMinimum()).isFalse();
    }

    private static String pad(String base64) {
        return base64 + "=".repeat((4 - base64.length() % 4) % 4);
    }
}
