package org.oa.security.internal.questions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.oa.security.OaSecurityException;
import org.oa.security.account.AccountId;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEvent;
import org.oa.security.internal.account.AccountStore;
import org.oa.security.internal.audit.JdbcAuditTrail;
import org.oa.security.internal.credential.PasswordHasher;
import org.oa.security.internal.jdbc.Database;
import org.oa.security.internal.recovery.JdbcPasswordResets;
import org.oa.security.questions.AnswerOutcome;
import org.oa.security.questions.ChosenAnswer;
import org.oa.security.questions.QuestionsChange;
import org.oa.security.questions.ResetChallenge;
import org.oa.security.questions.SecurityQuestion;
import org.oa.security.questions.SecurityQuestions;

/**
 * Questions and argon2id answer hashes in {@code security_answer}; the attempts of a reset link in
 * {@code reset_token.question_failures}. Thread-safe.
 */
public final class JdbcSecurityQuestions implements SecurityQuestions {

    /** Shortest answer after normalisation. */
    public static final int MIN_ANSWER_LENGTH = 3;
    /** Longest answer after normalisation. */
    public static final int MAX_ANSWER_LENGTH = 100;

    private final Database db;
    private final String answers;
    private final String tokens;
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final JdbcAuditTrail audit;
    private final Clock clock;
    private final QuestionCatalogue catalogue;

    /** A stored answer: the question and its hash. */
    private record Stored(String questionId, String hash) {
    }

    /**
     * @param db       the database
     * @param accounts account rows
     * @param hasher   argon2id hashing (the password hasher; each hash has its own salt)
     * @param audit    the trail
     * @param clock    the time source
     */
    public JdbcSecurityQuestions(Database db, AccountStore accounts, PasswordHasher hasher, JdbcAuditTrail audit,
            Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.answers = db.table("security_answer");
        this.tokens = db.table("reset_token");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalogue = QuestionCatalogue.load();
    }

    @Override
    public List<SecurityQuestion> catalogue() {
        return catalogue.all();
    }

    @Override
    public QuestionsChange set(AccountId account, List<ChosenAnswer> chosen) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(chosen, "answers");
        accounts.find(account).orElseThrow(() -> new OaSecurityException("no such account"));
        List<String> problems = new ArrayList<>();
        if (chosen.size() < MIN_QUESTIONS || chosen.size() > MAX_QUESTIONS) {
            problems.add("Choose " + MIN_QUESTIONS + " or " + MAX_QUESTIONS + " questions.");
        }
        Set<String> questionIds = new HashSet<>();
        Set<String> normalized = new HashSet<>();
        boolean unknown = false;
        boolean repeatedQuestion = false;
        boolean badLength = false;
        boolean sameAnswer = false;
        for (ChosenAnswer answer : chosen) {
            unknown |= catalogue.find(answer.questionId()).isEmpty();
            repeatedQuestion |= !questionIds.add(answer.questionId());
            String plain = Answers.normalize(answer.answer());
            badLength |= plain.length() < MIN_ANSWER_LENGTH || plain.length() > MAX_ANSWER_LENGTH;
            sameAnswer |= !normalized.add(plain);
        }
        if (unknown) {
            problems.add("Choose each question from the list.");
        }
        if (repeatedQuestion) {
            problems.add("Choose a different question each time.");
        }
        if (badLength) {
            problems.add("Each answer needs " + MIN_ANSWER_LENGTH + " to " + MAX_ANSWER_LENGTH + " characters.");
        }
        if (sameAnswer) {
            problems.add("Give a different answer to each question.");
        }
        if (!problems.isEmpty()) {
            return new QuestionsChange.Rejected(problems);
        }
        List<String> hashes = new ArrayList<>();
        for (ChosenAnswer answer : chosen) {
            char[] plain = Answers.normalize(answer.answer()).toCharArray();
            try {
                hashes.add(hasher.hash(plain));
            } finally {
                java.util.Arrays.fill(plain, '\0');
            }
        }
        long now = clock.millis();
        db.inTransaction(session -> {
            session.update("DELETE FROM " + answers + " WHERE account_id = ?", account.toString());
            for (int i = 0; i < chosen.size(); i++) {
                session.update("INSERT INTO " + answers + " (account_id, slot, question_id, answer_hash, set_at)"
                        + " VALUES (?, ?, ?, ?, ?)", account.toString(), i, chosen.get(i).questionId(), hashes.get(i),
                        now);
            }
            return null;
        });
        audit.append(new AuditEvent(AuditAction.SECURITY_QUESTIONS_SET, account, null,
                chosen.size() + " questions"));
        return new QuestionsChange.Saved();
    }

    @Override
    public List<SecurityQuestion> questionsOf(AccountId account) {
        Objects.requireNonNull(account, "account");
        return stored(account.toString()).stream().map(s -> question(s.questionId())).toList();
    }

    @Override
    public boolean remove(AccountId account) {
        Objects.requireNonNull(account, "account");
        boolean removed = db.update("DELETE FROM " + answers + " WHERE account_id = ?", account.toString()) > 0;
        if (removed) {
            audit.append(new AuditEvent(AuditAction.SECURITY_QUESTIONS_REMOVED, account, null, ""));
        }
        return removed;
    }

    @Override
    public ResetChallenge challenge(String resetToken) {
        Objects.requireNonNull(resetToken, "resetToken");
        Optional<TokenRow> token = token(resetToken);
        if (token.isEmpty()) {
            return new ResetChallenge.InvalidToken();
        }
        List<Stored> stored = stored(token.get().account());
        if (stored.isEmpty() || token.get().passed()) {
            return new ResetChallenge.NoneLeft();
        }
        return new ResetChallenge.Questions(stored.stream().map(s -> question(s.questionId())).toList(),
                MAX_WRONG_ANSWERS - token.get().failures());
    }

    @Override
    public AnswerOutcome answer(String resetToken, List<String> typed) {
        Objects.requireNonNull(resetToken, "resetToken");
        Objects.requireNonNull(typed, "answers");
        Optional<TokenRow> token = token(resetToken);
        if (token.isEmpty()) {
            return new AnswerOutcome.InvalidToken();
        }
        String account = token.get().account();
        List<Stored> stored = stored(account);
        if (stored.isEmpty() || token.get().passed()) {
            return new AnswerOutcome.Accepted();
        }
        String hash = JdbcPasswordResets.tokenHash(resetToken);
        long now = clock.millis();
        // Take the attempt before checking (compare-and-set), so concurrent guesses cannot exceed the limit.
        if (db.update("UPDATE " + tokens + " SET question_failures = question_failures + 1 WHERE token_hash = ?"
                + " AND used_at IS NULL AND expires_at > ? AND question_failures < ?", hash, now,
                MAX_WRONG_ANSWERS) != 1) {
            return new AnswerOutcome.InvalidToken();
        }
        // Every answer is hashed, matched or not, so the time does not tell which one was wrong.
        boolean allMatch = typed.size() == stored.size();
        for (int i = 0; i < stored.size(); i++) {
            char[] plain = Answers.normalize(i < typed.size() && typed.get(i) != null ? typed.get(i) : "")
                    .toCharArray();
            try {
                allMatch &= hasher.verify(plain, stored.get(i).hash());
            } finally {
                java.util.Arrays.fill(plain, '\0');
            }
        }
        AccountId id = AccountId.parse(account);
        if (allMatch) {
            db.update("UPDATE " + tokens + " SET question_failures = question_failures - 1, questions_passed_at = ?"
                    + " WHERE token_hash = ?", now, hash);
            return new AnswerOutcome.Accepted();
        }
        int failures = (int) db.queryLong("SELECT question_failures FROM " + tokens + " WHERE token_hash = ?", hash);
        int left = Math.max(0, MAX_WRONG_ANSWERS - failures);
        if (left == 0) {
            db.update("UPDATE " + tokens + " SET used_at = ? WHERE token_hash = ? AND used_at IS NULL", now, hash);
        }
        audit.append(new AuditEvent(AuditAction.SECURITY_QUESTIONS_FAILED, id, null,
                left == 0 ? "reset link spent" : left + " attempts left"));
        return new AnswerOutcome.Wrong(left);
    }

    /**
     * @param account an account id
     * @return {@code true} when the account has security questions
     */
    public boolean hasQuestions(AccountId account) {
        return db.queryLong("SELECT COUNT(*) FROM " + answers + " WHERE account_id = ?", account.toString()) > 0;
    }

    private record TokenRow(String account, int failures, boolean passed) {
    }

    private Optional<TokenRow> token(String resetToken) {
        return db.queryOne("SELECT account_id, question_failures, questions_passed_at FROM " + tokens
                + " WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?", row -> {
                    String account = row.getString(1).trim();
                    int failures = row.getInt(2);
                    row.getLong(3);
                    return new TokenRow(account, failures, !row.wasNull());
                }, JdbcPasswordResets.tokenHash(resetToken), clock.millis());
    }

    private List<Stored> stored(String account) {
        return db.query("SELECT question_id, answer_hash FROM " + answers + " WHERE account_id = ? ORDER BY slot",
                row -> new Stored(row.getString(1).trim(), row.getString(2)), account);
    }

    private SecurityQuestion question(String id) {
        // A retired question keeps working for accounts that chose it; its text is then generic.
        return catalogue.find(id).orElseGet(() -> new SecurityQuestion(id, "Your answer to the question \"" + id
                + "\""));
    }
}
