package org.oa.security.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.security.Fixtures;
import org.oa.security.OaSecurity;
import org.oa.security.TestDatabases;
import org.oa.security.TestDatabases.MutableClock;
import org.oa.security.account.AccountId;
import org.oa.security.account.AccountState;
import org.oa.security.account.Portal;
import org.oa.security.account.Role;
import org.oa.security.password.ViolationCode;

class PasswordResetsTest {

    private static final String NEW_PASSWORD = "Harbor-Willow-Signal-64";

    private final MutableClock clock = new MutableClock();
    private DataSource dataSource;
    private OaSecurity security;
    private AccountId id;

    @BeforeEach
    void setUp() {
        dataSource = TestDatabases.derby();
        security = OaSecurity.builder().dataSource(dataSource).hashParameters(TestDatabases.FAST).clock(clock).build();
        security.migrate();
        id = security.accounts().create(Fixtures.staff("reset.me", Role.FRONT_DESK));
    }

    private IssuedReset request() {
        return security.passwordResets().request("Reset.Me").orElseThrow();
    }

    @Test
    void aTokenSetsANewPasswordOnceAndLiftsALock() {
        for (int i = 0; i < 5; i++) {
            security.login().authenticate(Portal.PRACTICE_MATE, "reset.me", "nope".toCharArray());
        }
        IssuedReset reset = request();
        assertThat(reset.account().id()).isEqualTo(id);
        assertThat(reset.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(reset.toString()).doesNotContain(reset.token()).doesNotContain("@");
        assertThat(reset.token()).hasSizeGreaterThanOrEqualTo(43);

        assertThat(security.passwordResets().complete(reset.token(), NEW_PASSWORD.toCharArray()))
                .isEqualTo(new ResetOutcome.Completed(id));
        assertThat(security.accounts().find(id).orElseThrow().state()).isEqualTo(AccountState.ACTIVE);
        assertThat(security.login().authenticate(Portal.PRACTICE_MATE, "reset.me", NEW_PASSWORD.toCharArray())
                .succeeded()).isTrue();
        assertThat(security.passwordResets().complete(reset.token(), "Another-Fine-Phrase-9".toCharArray()))
                .isEqualTo(new ResetOutcome.InvalidToken());
    }

    @Test
    void aTokenExpiresAfterThirtyMinutes() {
        IssuedReset reset = request();
        clock.advance(Duration.ofMinutes(30));
        assertThat(security.passwordResets().complete(reset.token(), NEW_PASSWORD.toCharArray()))
                .isEqualTo(new ResetOutcome.InvalidToken());
    }

    @Test
    void aNewRequestRevokesTheEarlierToken() {
        IssuedReset first = request();
        clock.advance(Duration.ofMinutes(1));
        IssuedReset second = request();
        assertThat(security.passwordResets().complete(first.token(), NEW_PASSWORD.toCharArray()))
                .isEqualTo(new ResetOutcome.InvalidToken());
        assertThat(security.passwordResets().complete(second.token(), NEW_PASSWORD.toCharArray()))
                .isEqualTo(new ResetOutcome.Completed(id));
    }

    @Test
    void issuesAtMostOneTokenPerMinute() {
        IssuedReset first = request();
        clock.advance(Duration.ofSeconds(59));
        assertThat(security.passwordResets().request("reset.me")).isEmpty();
        assertThat(security.passwordResets().complete(first.token(), NEW_PASSWORD.toCharArray()))
                .isEqualTo(new ResetOutcome.Completed(id));
    }

    @Test
    void aRejectedPasswordLeavesTheTokenUsable() {
        IssuedReset reset = request();
        ResetOutcome outcome = security.passwordResets().complete(reset.token(), Fixtures.GOOD_PASSWORD.toCharArray());
        assertThat(outcome).isInstanceOfSatisfying(ResetOutcome.Rejected.class, rejected ->
                assertThat(rejected.violations()).extracting(v -> v.code()).containsExactly(ViolationCode.REUSED));
        assertThat(security.passwordResets().complete(reset.token(), NEW_PASSWORD.toCharArray()))
                .isEqualTo(new ResetOutcome.Completed(id));
    }

    @Test
    void unknownUsernamesGetNothingAndTokensAreStoredOnlyAsHashes() throws Exception {
        assertThat(security.passwordResets().request("no.such.user")).isEqualTo(Optional.empty());
        IssuedReset reset = request();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT token_hash FROM OA_SECURITY.reset_token")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).hasSize(64).isNotEqualTo(reset.token());
        }
        assertThat(security.passwordResets().complete("made-up-token", NEW_PASSWORD.toCharArray()))
                .isEqualTo(new ResetOutcome.InvalidToken());
    }
}
