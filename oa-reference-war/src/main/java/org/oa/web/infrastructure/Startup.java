package org.oa.web.infrastructure;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oa.core.persistence.CorePersistence;
import org.oa.core.practice.PracticeId;
import org.oa.security.OaSecurity;
import org.oa.web.application.DemoData;
import org.oa.web.interfaces.portal.PortalSite;

/**
 * Runs once when the application starts: migrates both schemas, creates the demo data into an empty database
 * (unless {@code oa.demo.enabled=false}) and prints where the portals are.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = System.getLogger(Startup.class.getName());

    @Resource(lookup = OaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    OaSecurity security;

    @Inject
    DemoData demoData;

    @Inject
    @ConfigProperty(name = "oa.demo.enabled", defaultValue = "true")
    boolean demoEnabled;

    @Inject
    @ConfigProperty(name = "oa.demo.password")
    Optional<String> demoPassword;

    @Inject
    @ConfigProperty(name = "oa.public-url", defaultValue = "http://127.0.0.1:8080/oa")
    String publicUrl;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        CorePersistence.migrate(dataSource);
        security.migrate();
        String passwordNote = "";
        if (demoEnabled && demoData.databaseIsEmpty()) {
            passwordNote = createDemoData();
        }
        printBanner(passwordNote);
    }

    private String createDemoData() {
        boolean generated = demoPassword.filter(p -> !p.isEmpty()).isEmpty();
        char[] password = generated ? DemoData.randomPassword(new SecureRandom()) : demoPassword.get().toCharArray();
        PracticeId practice = demoData.createPractice();
        demoData.createAccounts(practice, password);
        if (generated) {
            // Printed once, at creation; it is not stored anywhere in clear text.
            return "  Demo password (generated, shown only now; set oa.demo.password to choose one): "
                    + new String(password) + "\n";
        }
        return "  Demo password: the value of oa.demo.password\n";
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
