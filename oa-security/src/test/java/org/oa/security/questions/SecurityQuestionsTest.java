package org.oa.security.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
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
import org.oa.security.internal.questions.Answers;
import org.oa.security.recovery.IssuedReset;
import org.oa.security.recovery.ResetOutcome;

class SecurityQuestionsTest {

    private static final String NEW_PASSWORD = "Harbor-Willow-Signal-64";

    private final MutableClock clock = new MutableClock();
    private DataSource dataSource;
    private OaSecurity security;
    private SecurityQuestions questions;
    private AccountId id;

    @BeforeEach
    void setUp() {
        dataSource = TestDatabases.derby();
        security = OaSecurity.builder().dataSource(dataSource).hashParameters(TestDatabases.FAST).clock(clock).build();
        security.migrate();
        questions = security.securityQuestions();
        id = security.accounts().create(Fixtures.staff("asked.user", Role.FRONT_DESK));
    }

    private String question(int index) {
        return questions.catalogue().get(index).id();
    }

    private void setTwo() {
        assertThat(questions.set(id, List.of(new ChosenAnswer(question(0), "  Alex   Morgan "),
                new ChosenAnswer(question(2), "Ｋｉｔｅ")))).isEqualTo(new QuestionsChange.Saved());
    }

    private String requestReset() {
        IssuedReset reset = security.passwordResets().request("asked.user").orElseThrow();
        return reset.token();
    }

    @Test
    void shipsAFixedListOfQuestionsWithUniqueIds() {
        List<SecurityQuestion> list = questions.catalogue();
        assertThat(list).hasSizeBetween(8, 10);
        assertThat(list).extracting(SecurityQuestion::id).doesNotHaveDuplicates();
        assertThat(list).extracting(SecurityQuestion::text).allMatch(text -> text.endsWith("?"))
                .noneMatch(text -> text.toLowerCase().contains("maiden") || text.toLowerCase().contains("born"));
    }

    @Test
    void normalisesCaseWhitespaceAndCompatibilityCharacters() {
        assertThat(Answers.normalize("  Alex \t  MORGAN\u00a0 ")).isEqualTo("alex morgan");
        assertThat(Answers.normalize("Ｋｉｔｅ")).isEqualTo("kite");
        assertThat(Answers.normalize("Stra\u00dfe")).isEqualTo(Answers.normalize("STRASSE"));
    }

    @Test
    void storesOnlySaltedArgon2HashesAndShowsTheQuestionsNeverTheAnswers() throws Exception {
        assertThat(questions.set(id, List.of(new ChosenAnswer(question(0), "same-ish one"),
                new ChosenAnswer(question(1), "same-ish two")))).isEqualTo(new QuestionsChange.Saved());
        assertThat(questions.questionsOf(id)).extracting(SecurityQuestion::id).containsExactly(question(0), question(1));
        List<String> hashes = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT answer_hash FROM OA_SECURITY.security_answer")) {
            while (r.next()) {
                hashes.add(r.getString(1));
            }
        }
        assertThat(hashes).hasSize(2).allMatch(h -> h.startsWith("$shiro2$argon2id$"))
                .noneMatch(h -> h.contains("same-ish"));
        String salt0 = hashes.get(0).split("\\$")[5];
        String salt1 = hashes.get(1).split("\\$")[5];
        assertThat(salt0).as("each answer has its own salt").isNotEqualTo(salt1);
        assertThat(new ChosenAnswer(question(0), "secret words").toString()).doesNotContain("secret words");
    }

    @Test
    void refusesTooFewUnknownRepeatedQuestionsShortOrEqualAnswers() {
        assertThat(questions.set(id, List.of(new ChosenAnswer(question(0), "answer one"))))
                .isInstanceOf(QuestionsChange.Rejected.class);
        QuestionsChange change = questions.set(id, List.of(new ChosenAnswer("no-such-question", "answer one"),
                new ChosenAnswer(question(1), "  X "), new ChosenAnswer(question(1), "x")));
        assertThat(change).isInstanceOfSatisfying(QuestionsChange.Rejected.class, r -> assertThat(r.problems())
                .hasSize(4).noneMatch(p -> p.contains("answer one")));
        assertThat(questions.set(id, List.of(new ChosenAnswer(question(0), "a1"), new ChosenAnswer(question(1), "b2"),
                new ChosenAnswer(question(2), "c3"), new ChosenAnswer(question(3), "d4"))))
                .isInstanceOf(QuestionsChange.Rejected.class);
        assertThat(questions.questionsOf(id)).isEmpty();
    }

    @Test
    void aResetNeedsTheAnswersAsWellAsTheLink() {
        setTwo();
        String token = requestReset();
        assertThat(questions.challenge(token)).isInstanceOfSatisfying(ResetChallenge.Questions.class, q -> {
            assertThat(q.questions()).extracting(SecurityQuestion::id).containsExactly(question(0), question(2));
            assertThat(q.attemptsLeft()).isEqualTo(SecurityQuestions.MAX_WRONG_ANSWERS);
        });
        assertThat(security.passwordResets().complete(token, NEW_PASSWORD.toCharArray()))
                .as("the link alone is not enough").isEqualTo(new ResetOutcome.QuestionsUnanswered());

        assertThat(questions.answer(token, List.of("alex morgan", "kate"))).isEqualTo(new AnswerOutcome.Wrong(4));
        assertThat(questions.answer(token, List.of("ALEX MORGAN", " kite "))).isEqualTo(new AnswerOutcome.Accepted());
        assertThat(questions.challenge(token)).isEqualTo(new ResetChallenge.NoneLeft());
        assertThat(security.passwordResets().complete(token, NEW_PASSWORD.toCharArray()))
                .isEqualTo(new ResetOutcome.Completed(id));
        assertThat(security.login().authenticate(Portal.PRACTICE_MATE, "asked.user", NEW_PASSWORD.toCharArray())
                .succeeded()).isTrue();
        assertThat(questions.challenge(token)).isEqualTo(new ResetChallenge.InvalidToken());
        assertThat(questions.answer(token, List.of("alex morgan", "kite"))).isEqualTo(new AnswerOutcome.InvalidToken());
    }

    @Test
    void fiveWrongAnswersSpendTheLinkAndAreAudited() {
        setTwo();
        String token = requestReset();
        for (int left = 4; left >= 0; left--) {
            assertThat(questions.answer(token, List.of("wrong", "kite"))).isEqualTo(new AnswerOutcome.Wrong(left));
        }
        assertThat(questions.answer(token, List.of("alex morgan", "kite"))).isEqualTo(new AnswerOutcome.InvalidToken());
        assertThat(questions.challenge(token)).isEqualTo(new ResetChallenge.InvalidToken());
        assertThat(security.passwordResets().complete(token, NEW_PASSWORD.toCharArray()))
                .isEqualTo(new ResetOutcome.InvalidToken());
        List<AuditEntry> failures = security.audit().search(new AuditQuery(id, AuditAction.SECURITY_QUESTIONS_FAILED,
                null, null, 100));
        assertThat(failures).hasSize(5).noneMatch(e -> e.detail().contains("wrong") || e.detail().contains("kite"));
        assertThat(security.audit().search(new AuditQuery(id, AuditAction.SECURITY_QUESTIONS_SET, null, null, 10)))
                .hasSize(1);
    }

    @Test
    void aCorrectAnswerDoesNotUseUpAnAttempt() {
        setTwo();
        String token = requestReset();
        questions.answer(token, List.of("wrong", "wrong"));
        questions.answer(token, List.of("alex morgan", "kite"));
        assertThat(security.passwordResets().complete(token, Fixtures.GOOD_PASSWORD.toCharArray()))
                .isInstanceOf(ResetOutcome.Rejected.class);
        assertThat(questions.answer(token, List.of("wrong", "wrong"))).as("already answered: nothing to check")
                .isEqualTo(new AnswerOutcome.Accepted());
    }

    @Test
    void withoutQuestionsTheLinkIsEnoughAndRemovingThemIsAudited() {
        String token = requestReset();
        assertThat(questions.challenge(token)).isEqualTo(new ResetChallenge.NoneLeft());
        setTwo();
        assertThat(questions.remove(id)).isTrue();
        assertThat(questions.remove(id)).isFalse();
        assertThat(questions.questionsOf(id)).isEmpty();
        assertThat(security.passwordResets().complete(token, NEW_PASSWORD.toCharArray()))
                .isEqualTo(new ResetOutcome.Completed(id));
        assertThat(security.audit().search(new AuditQuery(id, AuditAction.SECURITY_QUESTIONS_REMOVED, null, null,
                10))).hasSize(1);
    }
}
