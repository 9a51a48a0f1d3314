package org.oa.web.infrastructure;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oa.core.persistence.CorePersistence;
import org.oa.security.OaSecurity;
import org.oa.web.application.demo.DemoData;
import org.oa.web.application.demo.DemoStart;
import org.oa.web.application.payer.PayerCatalog;
import org.oa.web.application.signin.WebSessions;
import org.oa.web.interfaces.portal.frame.PortalSite;

/**
 * Runs once when the application starts and only wires: migrates both schemas, then hands over to the use cases
 * that start with the deployment (old sessions forgotten, the bundled payer list loaded into an empty payer table,
 * the demo data unless {@code oa.demo.enabled=false}), starts the audit checkpoints and prints where the portals
 * are.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = System.getLogger(Startup.class.getName());

    @Resource(lookup = OaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    OaSecurity security;

    @Inject
    WebSessions webSessions;

    @Inject
    PayerCatalog payerCatalog;

    @Inject
    DemoStart demoStart;

    @Inject
    @ConfigProperty(name = "oa.demo.api-token")
    Optional<String> demoApiToken;

    @Inject
    @ConfigProperty(name = "oa.demo.second-practice-api-token")
    Optional<String> secondPracticeApiToken;

    @Inject
    @ConfigProperty(name = "oa.demo.enabled", defaultValue = "true")
    boolean demoEnabled;

    @Inject
    @ConfigProperty(name = "oa.demo.password")
    Optional<String> demoPassword;

    @Inject
    @ConfigProperty(name = "oa.demo.totp-secret")
    Optional<String> demoTotpSecret;

    @Inject
    @ConfigProperty(name = "oa.public-url", defaultValue = "http://127.0.0.1:8080/oa")
    String publicUrl;

    @Inject
    AuditCheckpointFile auditCheckpoints;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        CorePersistence.migrate(dataSource);
        security.migrate();
        webSessions.purgeOld();
        int payers = payerCatalog.loadBundledIfEmpty();
        if (payers > 0) {
            LOG.log(Level.INFO, "Loaded the bundled payer list: {0} payers", Integer.toString(payers));
        }
        String passwordNote = "";
        if (demoEnabled) {
            passwordNote = startDemo();
        }
        auditCheckpoints.start();
        printBanner(passwordNote);
    }

    /** Starts the demo; returns the lines the banner shows about its secrets. */
    private String startDemo() {
        DemoStart.Outcome outcome = demoStart.start(new DemoStart.Settings(demoPassword, demoTotpSecret,
                demoApiToken, secondPracticeApiToken));
        DemoData.Completed completed = outcome.completed();
        if (completed.changedAnything()) {
            LOG.log(Level.INFO, "Demo practice record: {0} patients, {1} coverages, office hours for {2}"
                    + " providers; demo.patient linked to their record: {3}", completed.patientsCreated(),
                    completed.coveragesAdded(), completed.providersGivenHours(), completed.linked());
        }
        if (!outcome.problems().isEmpty()) {
            LOG.log(Level.ERROR, "Demo data NOT created: oa.demo.password breaks the password policy: "
                    + String.join(" ", outcome.problems()) + " Choose another and restart.");
            return "  Demo data was not created: oa.demo.password breaks the password policy (see above).\n";
        }
        if (!outcome.created()) {
            return "";
        }
        String totp = outcome.clinicianTotp()
                .map(uri -> "  demo.clinician's authenticator app (shown only now; add it to an app): " + uri + "\n")
                .orElse("  demo.clinician's authenticator secret: oa.demo.totp-secret\n");
        String sftp = "  SFTP username " + DemoData.DEMO_SFTP_USERNAME + ", secret: the demo password\n";
        // Printed once, at creation; it is not stored anywhere in clear text.
        return outcome.generatedPassword()
                .map(p -> "  Demo password (generated, shown only now; set oa.demo.password to choose one): " + p
                        + "\n")
                .orElse("  Demo password: the value of oa.demo.password\n") + totp + sftp;
    }

    private void printBanner(String passwordNote) {
        StringBuilder banner = new StringBuilder("\n\nOA reference deployment is ready at ").append(publicUrl)
                .append("/\n");
        for (PortalSite site : PortalSite.values()) {
            banner.append(String.format("  %-15s %s/%s/%n", site.title(), publicUrl, site.path()));
        }
        if (demoEnabled) {
            banner.append("  Demo accounts: ");
            DemoData.ACCOUNTS.forEach(a -> banner.append(a.username()).append(' '));
            banner.append('\n').append(passwordNote);
        }
        banner.append("  Database: ").append(DatabaseSettings.embedded()
                ? "embedded Derby in " + DatabaseSettings.dataDir() : "oa.db.url (external)").append('\n');
        LOG.log(Level.INFO, banner.toString());
    }
}
