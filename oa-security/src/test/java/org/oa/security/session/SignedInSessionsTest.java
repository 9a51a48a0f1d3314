package org.oa.security.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.security.Fixtures;
import org.oa.security.OaSecurity;
import org.oa.security.TestDatabases;
import org.oa.security.TestDatabases.MutableClock;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;
import org.oa.security.account.Role;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEntry;
import org.oa.security.audit.AuditQuery;

class SignedInSessionsTest {

    private final MutableClock clock = new MutableClock();
    private OaSecurity security;
    private SignedInSessions sessions;
    private AccountId user;
    private AccountId other;

    @BeforeEach
    void setUp() {
        security = OaSecurity.builder().dataSource(TestDatabases.derby()).hashParameters(TestDatabases.FAST)
                .clock(clock).build();
        security.migrate();
        sessions = security.sessions();
        user = security.accounts().create(Fixtures.staff("sessions.user", Role.BILLER));
        other = security.accounts().create(Fixtures.staff("sessions.other", Role.BILLER));
    }

    @Test
    void aRegisteredSessionStaysActiveUntilItEnds() {
        SessionId id = sessions.begin(user, Portal.SERVICE_CENTER, "Chrome on Linux");
        assertThat(sessions.touch(id)).isEqualTo(SessionStatus.ACTIVE);
        sessions.end(id, SessionEnd.SIGNED_OUT);
        assertThat(sessions.touch(id)).isEqualTo(SessionStatus.ENDED);
        assertThat(sessions.touch(SessionId.random())).isEqualTo(SessionStatus.UNKNOWN);
        assertThat(sessions.active(user, Instant.EPOCH)).isEmpty();
    }

    @Test
    void aPasswordChangeEndsEveryOtherSessionOfTheAccountOnlyAndIsAuditedOnce() {
        SessionId kept = sessions.begin(user, Portal.SERVICE_CENTER, "Chrome on Linux");
        SessionId second = sessions.begin(user, Portal.EHR, "Firefox on Windows");
        SessionId third = sessions.begin(user, Portal.PRACTICE_MATE, "Safari on macOS");
        SessionId othersSession = sessions.begin(other, Portal.SERVICE_CENTER, "Chrome on Linux");

        assertThat(sessions.endOthers(user, kept, SessionEnd.PASSWORD_CHANGED)).isEqualTo(2);

        assertThat(sessions.touch(kept)).isEqualTo(SessionStatus.ACTIVE);
        assertThat(sessions.touch(second)).isEqualTo(SessionStatus.ENDED);
        assertThat(sessions.touch(third)).isEqualTo(SessionStatus.ENDED);
        assertThat(sessions.touch(othersSession)).isEqualTo(SessionStatus.ACTIVE);
        assertThat(sessions.endOthers(user, kept, SessionEnd.PASSWORD_CHANGED)).isZero();
        assertThat(security.audit().search(new AuditQuery(user, AuditAction.SESSIONS_ENDED, null, null, 10)))
                .extracting(AuditEntry::detail).containsExactly("2 PASSWORD_CHANGED");
    }

    @Test
    void aResetEndsAllSessionsOfTheAccount() {
        SessionId first = sessions.begin(user, Portal.SERVICE_CENTER, "");
        SessionId second = sessions.begin(user, Portal.PATIENT, "");
        assertThat(sessions.endOthers(user, null, SessionEnd.PASSWORD_RESET)).isEqualTo(2);
        assertThat(java.util.List.of(sessions.touch(first), sessions.touch(second))).containsOnly(SessionStatus.ENDED);
    }

    @Test
    void aUserEndsOneOfTheirOwnSessionsButNeverAnotherAccounts() {
        SessionId mine = sessions.begin(user, Portal.SERVICE_CENTER, "Chrome on Linux");
        SessionId theirs = sessions.begin(other, Portal.SERVICE_CENTER, "Chrome on Linux");
        assertThat(sessions.endOne(user, theirs)).isFalse();
        assertThat(sessions.touch(theirs)).isEqualTo(SessionStatus.ACTIVE);
        assertThat(sessions.endOne(user, mine)).isTrue();
        assertThat(sessions.endOne(user, mine)).isFalse();
        assertThat(sessions.touch(mine)).isEqualTo(SessionStatus.ENDED);
        assertThat(security.audit().search(new AuditQuery(user, AuditAction.SESSIONS_ENDED, null, null, 10)))
                .extracting(AuditEntry::detail).containsExactly("1 SIGNED_OUT_ELSEWHERE " + mine);
    }

    @Test
    void listsActiveSessionsNewestFirstWithWhenTheyWereLastSeenToTheMinute() {
        Instant start = clock.instant();
        SessionId older = sessions.begin(user, Portal.SERVICE_CENTER, "Chrome on Linux");
        clock.advance(Duration.ofSeconds(30));
        SessionId newer = sessions.begin(user, Portal.EHR, "Firefox on Windows");
        clock.advance(Duration.ofSeconds(20));
        sessions.touch(older);
        assertThat(sessions.active(user, start)).extracting(SignedInSession::id, SignedInSession::lastSeenAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(newer, start.plusSeconds(30)),
                        org.assertj.core.groups.Tuple.tuple(older, start));
        clock.advance(Duration.ofSeconds(15));
        sessions.touch(older);
        assertThat(sessions.active(user, start).get(1).lastSeenAt()).isEqualTo(start.plusSeconds(65));

        // A session not seen since the cut-off (its node stopped without ending it) is not listed.
        assertThat(sessions.active(user, start.plusSeconds(40))).extracting(SignedInSession::id)
                .containsExactly(older);
    }

    @Test
    void purgesEndedAndAbandonedSessions() {
        SessionId ended = sessions.begin(user, Portal.SERVICE_CENTER, "");
        SessionId abandoned = sessions.begin(user, Portal.SERVICE_CENTER, "");
        sessions.end(ended, SessionEnd.TIMED_OUT);
        clock.advance(Duration.ofHours(1));
        SessionId current = sessions.begin(user, Portal.SERVICE_CENTER, "");
        assertThat(sessions.purge(clock.instant().minusSeconds(60))).isEqualTo(2);
        assertThat(sessions.touch(ended)).isEqualTo(SessionStatus.UNKNOWN);
        assertThat(sessions.touch(abandoned)).isEqualTo(SessionStatus.UNKNOWN);
        assertThat(sessions.touch(current)).isEqualTo(SessionStatus.ACTIVE);
    }

    @Test
    void keepsAShortPrintableDeviceDescription() {
        sessions.begin(user, Portal.SERVICE_CENTER, "  Chrome\r\n on\tLinux " + "x".repeat(200));
        String device = sessions.active(user, Instant.EPOCH).get(0).device();
        assertThat(device).startsWith("Chrome on").hasSize(100).doesNotContain("\n", "\r", "\t");
        assertThat(UUID.fromString(sessions.active(user, Instant.EPOCH).get(0).id().toString())).isNotNull();
    }
}
