package org.oa.security.questions;

import java.util.List;

/** The result of {@link SecurityQuestions#set}. */
public sealed interface QuestionsChange {

    /** The questions and hashed answers replaced any earlier ones. */
    record Saved() implements QuestionsChange {
    }

    /**
     * Nothing was stored.
     *
     * @param problems explanations to show (never quoting an answer)
     */
    record Rejected(List<String> problems) implements QuestionsChange {
        /** Copies the list. */
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
