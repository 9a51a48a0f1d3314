package org.oa.security.apitoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.security.Fixtures;
import org.oa.security.OaSecurity;
import org.oa.security.OaSecurityException;
import org.oa.security.TestDatabases;
import org.oa.security.account.AccountId;
import org.oa.security.account.Role;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEntry;
import org.oa.security.audit.AuditQuery;

class ApiTokensTest {

    private static final UUID OTHER_PRACTICE = UUID.fromString("00000000-0000-4000-8000-000000000002");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-02T09:00:00Z"));
    private DataSource dataSource;
    private OaSecurity security;
    private AccountId admin;

    @BeforeEach
    void setUp() {
        dataSource = TestDatabases.derby();
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        security = OaSecurity.builder().dataSource(dataSource).hashParameters(TestDatabases.FAST).clock(clock)
                .build();
        security.migrate();
        admin = security.accounts().create(Fixtures.staff("api.admin", Role.PRACTICE_ADMIN));
    }

    @Test
    void issuesA256BitTokenThatOpensOnlyItsPractice() {
        IssuedApiToken issued = security.apiTokens().issue(Fixtures.PRACTICE, "EHR integration", admin);

        assertThat(issued.token()).matches("oa_[A-Za-z0-9_-]{43}");
        assertThat(issued.toString()).doesNotContain(issued.token().substring(3));
        assertThat(security.apiTokens().authenticate(issued.token()))
                .contains(new ApiCaller(Fixtures.PRACTICE, issued.id()));
        assertThat(security.apiTokens().authenticate(issued.token().toCharArray()))
                .contains(new ApiCaller(Fixtures.PRACTICE, issued.id()));
    }

    @Test
    void storesOnlyTheSha256OfTheToken() throws Exception {
        IssuedApiToken issued = security.apiTokens().issue(Fixtures.PRACTICE, "EHR integration", admin);

        List<String> stored = new java.util.ArrayList<>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT * FROM \"OA_SECURITY\".api_token")) {
            while (rows.next()) {
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    stored.add(String.valueOf(rows.getString(i)));
                }
            }
        }
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(issued.token().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(stored).contains(sha).noneMatch(cell -> cell.contains(issued.token().substring(3)));
    }

    @Test
    void refusesUnknownMalformedAndRevokedTokensAndAuditsWithoutTheToken() {
        IssuedApiToken issued = security.apiTokens().issue(Fixtures.PRACTICE, "Billing robot", admin);
        String unknown = "oa_" + "A".repeat(43);

        assertThat(security.apiTokens().authenticate(unknown)).isEmpty();
        assertThat(security.apiTokens().authenticate("Bearer nonsense")).isEmpty();
        assertThat(security.apiTokens().authenticate((String) null)).isEmpty();
        assertThat(security.apiTokens().revoke(Fixtures.PRACTICE, issued.id(), admin)).isTrue();
        assertThat(security.apiTokens().authenticate(issued.token())).isEmpty();

        List<AuditEntry> trail = security.audit().search(AuditQuery.all());
        assertThat(trail).extracting(AuditEntry::action).containsSubsequence(AuditAction.API_TOKEN_ISSUED,
                AuditAction.API_TOKEN_REFUSED, AuditAction.API_TOKEN_REFUSED, AuditAction.API_TOKEN_REFUSED,
                AuditAction.API_TOKEN_REVOKED, AuditAction.API_TOKEN_REFUSED);
        assertThat(trail).filteredOn(e -> e.action() == AuditAction.API_TOKEN_REFUSED)
                .extracting(AuditEntry::detail)
                .containsExactly("unknown", "malformed", "malformed",
                        "revoked practice " + Fixtures.PRACTICE + " token " + issued.id());
        assertThat(trail).filteredOn(e -> e.action() == AuditAction.API_TOKEN_ISSUED)
                .extracting(AuditEntry::account).containsExactly(admin);
        assertThat(trail).extracting(AuditEntry::detail)
                .noneMatch(d -> d.contains(issued.token().substring(3, 20)) || d.contains("AAAAAAAA"));
        assertThat(security.audit().verify().intact()).isTrue();
    }

    @Test
    void aPracticeListsAndRevokesOnlyItsOwnTokens() {
        IssuedApiToken first = security.apiTokens().issue(Fixtures.PRACTICE, "First", admin);
        now.set(now.get().plusSeconds(5));
        IssuedApiToken second = security.apiTokens().issue(Fixtures.PRACTICE, "  Second  ", admin);
        ApiTokenId foreign = security.apiTokens().provision(OTHER_PRACTICE, "Other practice",
                ("oa_" + "b".repeat(40)).toCharArray());

        assertThat(security.apiTokens().list(Fixtures.PRACTICE)).extracting(ApiToken::label)
                .containsExactly("Second", "First");
        assertThat(security.apiTokens().list(Fixtures.PRACTICE).get(1)).satisfies(t -> {
            assertThat(t.id()).isEqualTo(first.id());
            assertThat(t.createdBy()).isEqualTo(admin);
            assertThat(t.createdAt()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
            assertThat(t.lastUsedAt()).isNull();
        });

        assertThat(security.apiTokens().revoke(Fixtures.PRACTICE, foreign, admin)).isFalse();
        assertThat(security.apiTokens().authenticate("oa_" + "b".repeat(40)))
                .contains(new ApiCaller(OTHER_PRACTICE, foreign));
        assertThat(security.apiTokens().revoke(Fixtures.PRACTICE, second.id(), admin)).isTrue();
        assertThat(security.apiTokens().revoke(Fixtures.PRACTICE, second.id(), admin)).isFalse();
        assertThat(security.apiTokens().list(Fixtures.PRACTICE)).extracting(ApiToken::id)
                .containsExactly(first.id());
        assertThat(security.apiTokens().list(OTHER_PRACTICE)).singleElement()
                .satisfies(t -> assertThat(t.createdBy()).isNull());
    }

    @Test
    void notesTheLastUseToTheMinute() {
        IssuedApiToken issued = security.apiTokens().issue(Fixtures.PRACTICE, "EHR integration", admin);
        Instant firstUse = now.get().plusSeconds(30);
        now.set(firstUse);
        security.apiTokens().authenticate(issued.token());
        now.set(firstUse.plusSeconds(20));
        security.apiTokens().authenticate(issued.token());
        assertThat(security.apiTokens().list(Fixtures.PRACTICE).get(0).lastUsedAt()).isEqualTo(firstUse);

        now.set(firstUse.plus(Duration.ofMinutes(2)));
        security.apiTokens().authenticate(issued.token());
        assertThat(security.apiTokens().list(Fixtures.PRACTICE).get(0).lastUsedAt()).isEqualTo(now.get());
    }

    @Test
    void rejectsBadLabelsAndChosenTokensAndDuplicates() {
        assertThatThrownBy(() -> security.apiTokens().issue(Fixtures.PRACTICE, " ", admin))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> security.apiTokens().issue(Fixtures.PRACTICE, "x".repeat(101), admin))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> security.apiTokens().issue(Fixtures.PRACTICE, "tab\there", admin))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> security.apiTokens().provision(Fixtures.PRACTICE, "Short", "oa_short".toCharArray()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("oa_short");
        char[] chosen = ("oa_" + "c".repeat(32)).toCharArray();
        security.apiTokens().provision(Fixtures.PRACTICE, "Demo", chosen.clone());
        assertThatThrownBy(() -> security.apiTokens().provision(OTHER_PRACTICE, "Again", chosen.clone()))
                .isInstanceOf(OaSecurityException.class).hasMessageNotContaining(new String(chosen));
        assertThat(security.apiTokens().list(OTHER_PRACTICE)).isEmpty();
        assertThat(security.audit().search(AuditQuery.all()).stream().map(AuditEntry::action)
                .filter(a -> a == AuditAction.API_TOKEN_ISSUED).collect(Collectors.counting())).isEqualTo(1L);
    }
}
