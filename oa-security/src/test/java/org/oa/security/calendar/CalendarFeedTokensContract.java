package org.oa.security.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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

/** Calendar feed tokens on every supported database; subclasses supply the database and schema. */
abstract class CalendarFeedTokensContract {

    private static final String PROVIDER = "provider-1";
    private static final String OTHER_PROVIDER = "provider-2";

    private final TestDatabases.MutableClock clock = new TestDatabases.MutableClock();
    private DataSource dataSource;
    private OaSecurity security;
    private CalendarFeedTokens tokens;
    private AccountId doctor;
    private AccountId nurse;

    /** @return a data source on this test's database */
    protected abstract DataSource database();

    /** @return the schema this test's database uses */
    protected abstract String schema();

    @BeforeEach
    void setUp() {
        dataSource = database();
        security = OaSecurity.builder().dataSource(dataSource).schema(schema()).hashParameters(TestDatabases.FAST)
                .clock(clock).build();
        security.migrate();
        tokens = security.calendarFeedTokens();
        doctor = security.accounts().create(Fixtures.staff("cal.doctor", Role.CLINICIAN));
        nurse = security.accounts().create(Fixtures.staff("cal.nurse", Role.CLINICIAN));
    }

    @Test
    void anIssuedTokenOpensItsAccountsFeedOfItsProvider() {
        IssuedCalendarToken issued = tokens.regenerate(doctor, PROVIDER);

        assertThat(issued.token()).matches("oacal_[A-Za-z0-9_-]{43}");
        assertThat(issued.issuedAt()).isEqualTo(clock.instant());
        assertThat(tokens.verify(issued.token()))
                .contains(new CalendarFeedReader(doctor, Fixtures.PRACTICE, PROVIDER));
        assertThat(tokens.issuedAt(doctor, PROVIDER)).contains(clock.instant());
        assertThat(tokens.issuedAt(doctor, OTHER_PROVIDER)).isEmpty();
        assertThat(tokens.issuedAt(nurse, PROVIDER)).isEmpty();
    }

    @Test
    void regeneratingRevokesTheOldToken() {
        IssuedCalendarToken old = tokens.regenerate(doctor, PROVIDER);
        clock.advance(Duration.ofMinutes(5));
        IssuedCalendarToken fresh = tokens.regenerate(doctor, PROVIDER);

        assertThat(fresh.token()).isNotEqualTo(old.token());
        assertThat(tokens.verify(old.token())).isEmpty();
        assertThat(tokens.verify(fresh.token())).map(CalendarFeedReader::account).contains(doctor);
        assertThat(tokens.issuedAt(doctor, PROVIDER)).contains(clock.instant());

        List<AuditEntry> trail = security.audit().search(AuditQuery.all());
        assertThat(trail).extracting(AuditEntry::action).containsSubsequence(AuditAction.CALENDAR_TOKEN_ISSUED,
                AuditAction.CALENDAR_TOKEN_REVOKED, AuditAction.CALENDAR_TOKEN_ISSUED);
        assertThat(trail).filteredOn(e -> e.action() == AuditAction.CALENDAR_TOKEN_ISSUED)
                .allSatisfy(e -> {
                    assertThat(e.account()).isEqualTo(doctor);
                    assertThat(e.detail()).isEqualTo("provider " + PROVIDER);
                });
        assertThat(trail).extracting(AuditEntry::detail).noneMatch(d -> d.contains(old.token().substring(6, 20))
                || d.contains(fresh.token().substring(6, 20)));
        assertThat(security.audit().verify().intact()).isTrue();
    }

    @Test
    void aTokenOpensOnlyItsOwnProviderAndAccount() {
        IssuedCalendarToken first = tokens.regenerate(doctor, PROVIDER);
        IssuedCalendarToken second = tokens.regenerate(doctor, OTHER_PROVIDER);
        IssuedCalendarToken nurses = tokens.regenerate(nurse, PROVIDER);

        assertThat(tokens.verify(first.token())).map(CalendarFeedReader::providerId).contains(PROVIDER);
        assertThat(tokens.verify(second.token())).map(CalendarFeedReader::providerId).contains(OTHER_PROVIDER);
        assertThat(tokens.verify(nurses.token())).contains(new CalendarFeedReader(nurse, Fixtures.PRACTICE,
                PROVIDER));

        tokens.regenerate(doctor, OTHER_PROVIDER);
        assertThat(tokens.verify(first.token())).isPresent();
        assertThat(tokens.verify(second.token())).isEmpty();
        assertThat(tokens.verify(nurses.token())).isPresent();
    }

    @Test
    void storesOnlyTheSha256OfTheToken() throws Exception {
        IssuedCalendarToken issued = tokens.regenerate(doctor, PROVIDER);

        List<String> stored = new ArrayList<>();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT * FROM \"" + schema() + "\".calendar_feed_token")) {
            while (rows.next()) {
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    stored.add(String.valueOf(rows.getString(i)));
                }
            }
        }
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(issued.token().getBytes(StandardCharsets.UTF_8)));
        assertThat(stored).isNotEmpty().anyMatch(cell -> cell.strip().equals(sha))
                .noneMatch(cell -> cell.contains(issued.token().substring(6)));
    }

    @Test
    void malformedEmptyAndVeryLongTokensAreRefusedWithoutAnException() {
        IssuedCalendarToken issued = tokens.regenerate(doctor, PROVIDER);
        String token = issued.token();

        assertThat(tokens.verify(null)).isEmpty();
        assertThat(tokens.verify("")).isEmpty();
        assertThat(tokens.verify("   ")).isEmpty();
        assertThat(tokens.verify(CalendarFeedTokens.PREFIX)).isEmpty();
        assertThat(tokens.verify(token.substring(CalendarFeedTokens.PREFIX.length()))).isEmpty();
        assertThat(tokens.verify(token + ".ics")).isEmpty();
        assertThat(tokens.verify(token + "A")).isEmpty();
        assertThat(tokens.verify(token.substring(0, token.length() - 1))).isEmpty();
        assertThat(tokens.verify(" " + token)).isEmpty();
        assertThat(tokens.verify(token.toUpperCase(java.util.Locale.ROOT))).isEmpty();
        assertThat(tokens.verify("oa_" + token.substring(CalendarFeedTokens.PREFIX.length()))).isEmpty();
        assertThat(tokens.verify("oacal_" + "%".repeat(43))).isEmpty();
        assertThat(tokens.verify("oacal_" + "A".repeat(43))).isEmpty();
        assertThat(tokens.verify("oacal_" + "A".repeat(1_000_000))).isEmpty();
        assertThat(tokens.verify("x".repeat(10_000_000))).isEmpty();
        assertThat(tokens.verify(token)).isPresent();
    }

    @Test
    void revokeAllEndsEveryTokenOfTheAccountOnly() {
        IssuedCalendarToken first = tokens.regenerate(doctor, PROVIDER);
        IssuedCalendarToken second = tokens.regenerate(doctor, OTHER_PROVIDER);
        IssuedCalendarToken nurses = tokens.regenerate(nurse, PROVIDER);

        tokens.revokeAll(doctor);

        assertThat(tokens.verify(first.token())).isEmpty();
        assertThat(tokens.verify(second.token())).isEmpty();
        assertThat(tokens.issuedAt(doctor, PROVIDER)).isEmpty();
        assertThat(tokens.verify(nurses.token())).isPresent();
        assertThat(security.audit().search(new AuditQuery(doctor, AuditAction.CALENDAR_TOKEN_REVOKED, null, null,
                10))).extracting(AuditEntry::detail).containsExactly("all 2 tokens");

        tokens.revokeAll(doctor);
        assertThat(security.audit().search(new AuditQuery(doctor, AuditAction.CALENDAR_TOKEN_REVOKED, null, null,
                10))).hasSize(1);
        assertThat(tokens.verify(tokens.regenerate(doctor, PROVIDER).token())).isPresent();
    }

    @Test
    void aDisabledAccountsTokenIsRefusedAndNoneIsIssuedToIt() {
        IssuedCalendarToken issued = tokens.regenerate(doctor, PROVIDER);
        security.accounts().setDisabled(doctor, true);

        assertThat(tokens.verify(issued.token())).isEmpty();
        assertThatThrownBy(() -> tokens.regenerate(doctor, PROVIDER)).isInstanceOf(OaSecurityException.class);
        assertThatThrownBy(() -> tokens.regenerate(AccountId.random(), PROVIDER))
                .isInstanceOf(OaSecurityException.class);
    }

    @Test
    void aPatientsTokenHasNoPractice() {
        AccountId patient = security.accounts().create(Fixtures.patient("cal.patient"));
        IssuedCalendarToken issued = tokens.regenerate(patient, PROVIDER);

        assertThat(tokens.verify(issued.token())).contains(new CalendarFeedReader(patient, null, PROVIDER));
    }

    @Test
    void rejectsBadProviderIdentifiers() {
        assertThatThrownBy(() -> tokens.regenerate(doctor, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.regenerate(doctor, "x".repeat(65)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.regenerate(doctor, "tab\there")).isInstanceOf(IllegalArgumentException.class);
        assertThat(tokens.regenerate(doctor, "  " + PROVIDER + " ")).satisfies(
                t -> assertThat(tokens.verify(t.token())).map(CalendarFeedReader::providerId).contains(PROVIDER));
    }

    @Test
    void toStringOmitsTheToken() {
        IssuedCalendarToken issued = tokens.regenerate(doctor, PROVIDER);

        assertThat(issued.toString()).doesNotContain(issued.token())
                .doesNotContain(issued.token().substring(6, 20)).contains(issued.issuedAt().toString());
        assertThat(new IssuedCalendarToken("oacal_secret", Instant.EPOCH).toString()).doesNotContain("secret");
    }
}
