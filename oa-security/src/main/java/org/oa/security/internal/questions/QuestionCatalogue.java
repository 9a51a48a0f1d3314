package org.oa.security.internal.questions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.oa.security.OaSecurityException;
import org.oa.security.questions.SecurityQuestion;

/** The shipped question list, read once from {@link #RESOURCE}. Immutable and thread-safe. */
public final class QuestionCatalogue {

    /** The data file on the class path. */
    public static final String RESOURCE = "org/oa/security/internal/questions/security-questions.txt";

    private final Map<String, SecurityQuestion> byId;

    private QuestionCatalogue(Map<String, SecurityQuestion> byId) {
        this.byId = byId;
    }

    /** @return the shipped list */
    public static QuestionCatalogue load() {
        InputStream in = QuestionCatalogue.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new OaSecurityException("security question list missing: " + RESOURCE);
        }
        Map<String, SecurityQuestion> questions = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new OaSecurityException("security question list: a line without a tab");
                }
                SecurityQuestion question = new SecurityQuestion(line.substring(0, tab).strip(),
                        line.substring(tab + 1).strip());
                if (questions.putIfAbsent(question.id(), question) != null) {
                    throw new OaSecurityException("security question list: duplicate id " + question.id());
                }
            }
        } catch (IOException e) {
            throw new OaSecurityException("reading the security question list failed", e);
        }
        return new QuestionCatalogue(java.util.Collections.unmodifiableMap(questions));
    }

    /** @return all questions, in file order */
    public List<SecurityQuestion> all() {
        return List.copyOf(new ArrayList<>(byId.values()));
    }

    /**
     * @param id a question id
     * @return the question, or empty when the list has no such id
     */
    public Optional<SecurityQuestion> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
