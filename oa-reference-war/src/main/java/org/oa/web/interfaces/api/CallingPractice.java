package org.oa.web.interfaces.api;

import jakarta.enterprise.context.RequestScoped;

import org.oa.core.practice.PracticeId;

/** The practice whose token the current API request carries; set by {@link BearerTokenFilter} only. */
@RequestScoped
public class CallingPractice {

    private PracticeId practice;

    void set(PracticeId practice) {
        this.practice = practice;
    }

    /** The authenticated practice; a state error when the filter did not run (it always runs first). */
    public PracticeId get() {
        if (practice == null) {
            throw new IllegalStateException("no authenticated practice for this API request");
        }
        return practice;
    }
}
