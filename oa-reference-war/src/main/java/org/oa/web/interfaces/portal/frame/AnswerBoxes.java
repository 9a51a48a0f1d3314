package org.oa.web.interfaces.portal.frame;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The three security-question answer boxes of a page. Write-only: a page never shows an answer back, so every
 * getter returns null. {@link #take} hands the typed answers over once and forgets them.
 */
public final class AnswerBoxes implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String[] answers = new String[3];

    public String getAnswer0() {
        return null;
    }

    public void setAnswer0(String answer) {
        answers[0] = answer;
    }

    public String getAnswer1() {
        return null;
    }

    public void setAnswer1(String answer) {
        answers[1] = answer;
    }

    public String getAnswer2() {
        return null;
    }

    public void setAnswer2(String answer) {
        answers[2] = answer;
    }

    /** The typed answers (null where a box was not sent), then forgets them. */
    public String[] take() {
        String[] typed = answers.clone();
        Arrays.fill(answers, null);
        return typed;
    }
}
