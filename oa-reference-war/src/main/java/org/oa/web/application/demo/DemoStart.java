package org.oa.web.application.demo;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.core.identifier.Npi;
import org.oa.core.identifier.TaxId;
import org.oa.core.practice.Location;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.Provider;
import org.oa.security.OaSecurity;

/**
 * What a demo deployment does when it starts: into an empty database, the demo practice with its accounts (the
 * configured demo password, or a generated one) and the operator's API tokens; then, at every start, the practice
 * record once ({@link DemoData#completePracticeRecord}). The secrets come back to be shown once at start-up; none is
 * logged here.
 */
@ApplicationScoped
public class DemoStart {

    private static final Logger LOG = System.getLogger(DemoStart.class.getName());
    private static final DemoData.Completed NOTHING_COMPLETED = new DemoData.Completed(0, 0, 0, false);

    /** The label of the demo practice's operator-provisioned token. */
    public static final String DEMO_TOKEN_LABEL = "Demo API token (oa.demo.api-token)";

    @Inject
    DemoData demoData;

    @Inject
    OaSecurity security;

    /**
     * The operator's demo settings; an empty or blank value counts as not set.
     *
     * @param password               {@code oa.demo.password}; generated when not set
     * @param totpSecret             {@code oa.demo.totp-secret}, demo.clinician's authenticator secret; random
     *                               when not set
     * @param apiToken               {@code oa.demo.api-token}, the demo practice's API token
     * @param secondPracticeApiToken {@code oa.demo.second-practice-api-token}: when set, a second practice holds it
     */
    public record Settings(Optional<String> password, Optional<String> totpSecret, Optional<String> apiToken,
                           Optional<String> secondPracticeApiToken) {

        public Settings {
            password = Objects.requireNonNull(password, "password").filter(s -> !s.isEmpty());
            totpSecret = Objects.requireNonNull(totpSecret, "totpSecret").filter(s -> !s.isBlank());
            apiToken = Objects.requireNonNull(apiToken, "apiToken").filter(s -> !s.isBlank());
            secondPracticeApiToken = Objects.requireNonNull(secondPracticeApiToken, "secondPracticeApiToken")
                    .filter(s -> !s.isBlank());
        }
    }

    /**
     * What the start did. {@code toString()} leaves out the secrets.
     *
     * @param created           true when the demo practice and its accounts were created now
     * @param problems          why the configured password was refused (then nothing was created); else empty
     * @param generatedPassword the demo password when it was generated now, to be shown once
     * @param clinicianTotp     demo.clinician's {@code otpauth://} URI when its secret was generated now
     * @param completed         what completing the practice record stored
     */
    public record Outcome(boolean created, List<String> problems, Optional<String> generatedPassword,
                          Optional<String> clinicianTotp, DemoData.Completed completed) {

        public Outcome {
            problems = List.copyOf(problems);
            Objects.requireNonNull(generatedPassword, "generatedPassword");
            Objects.requireNonNull(clinicianTotp, "clinicianTotp");
            Objects.requireNonNull(completed, "completed");
        }

        @Override
        public String toString() {
            return "Outcome[created=" + created + ", problems=" + problems.size() + ", completed=" + completed + "]";
        }
    }

    /** Creates the demo data into an empty database, then completes the practice record (once, ever). */
    public Outcome start(Settings settings) {
        Outcome outcome = demoData.databaseIsEmpty() ? create(settings)
                : new Outcome(false, List.of(), Optional.empty(), Optional.empty(), NOTHING_COMPLETED);
        // Also for a database whose demo practice was made before the practice record: once, then never again.
        DemoData.Completed completed = demoData.completePracticeRecord();
        demoData.completeSchedule();
        return new Outcome(outcome.created(), outcome.problems(), outcome.generatedPassword(),
                outcome.clinicianTotp(), completed);
    }

    private Outcome create(Settings settings) {
        char[] password = settings.password().map(String::toCharArray)
                .orElseGet(() -> DemoData.randomPassword(new SecureRandom()));
        Practice practice = DemoData.practice(PracticeId.random());
        DemoData.Created created = demoData.createAccounts(practice, password, settings.totpSecret().orElse(null));
        if (!created.problems().isEmpty()) {
            return new Outcome(false, created.problems(), Optional.empty(), Optional.empty(), NOTHING_COMPLETED);
        }
        demoData.storePractice(practice);
        provisionTokens(practice.id(), settings);
        return new Outcome(true, List.of(),
                settings.password().isPresent() ? Optional.empty() : Optional.of(new String(password)),
                settings.totpSecret().isPresent() ? Optional.empty() : Optional.ofNullable(created.clinicianTotp()),
                NOTHING_COMPLETED);
    }

    /**
     * Demo data for API clients and container tests: gives the demo practice the chosen API token and, when a
     * second token is set, creates a second synthetic practice ("Lakeside Pediatrics", no accounts) holding it, so
     * that tests can show one practice never sees another's data.
     */
    private void provisionTokens(PracticeId demoPractice, Settings settings) {
        settings.apiToken().ifPresent(token -> {
            security.apiTokens().provision(demoPractice.value(), DEMO_TOKEN_LABEL, token.strip().toCharArray());
            LOG.log(Level.INFO, "Demo API token provisioned for the demo practice (oa.demo.api-token)");
        });
        settings.secondPracticeApiToken().ifPresent(token -> {
            Practice second = secondPractice(PracticeId.random());
            demoData.storePractice(second);
            security.apiTokens().provision(second.id().value(), DEMO_TOKEN_LABEL, token.strip().toCharArray());
            LOG.log(Level.INFO, "Second demo practice created with its API token"
                    + " (oa.demo.second-practice-api-token)");
        });
    }

    /** A second synthetic practice; every name and number is invented (NPIs with a valid check digit). */
    static Practice secondPractice(PracticeId id) {
        return new Practice(id, "Lakeside Pediatrics", new TaxId("987654321"), new Npi("1003000126"),
                List.of(new Location(UUID.randomUUID(), "Lakeside Clinic", "20 Lake Road", "Springfield", "IL",
                        "627021234", "2175550199")),
                List.of(new Provider(UUID.randomUUID(), "Robin", "Lake", new Npi("1987654328"), "208000000X")));
    }

}
