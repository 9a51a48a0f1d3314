package org.oa.web;

import java.io.File;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every container test, on one boot of the real WAR on Payara Micro (embedded Derby, demo data), over HTTP, SFTP
 * and in Debian's Chromium. The Payara Micro connector starts a server process per {@code @Deployment} and stops
 * it when that deployment's class is done, so the one deployment lives here and the test classes of each area run
 * inside it as {@code @Nested} classes: each nested class is only a name for its area's tests, which live in an
 * abstract class of their own file ({@link ServiceCenterJourneys}, {@link SignInAttacks}, ...).
 *
 * <p>The classes share the server and its database, so their order matters where a test changes what another
 * uses: the Service Center journeys use the demo SFTP credential before Administration (and the attacks) replace
 * it; the sign-in journeys run last, because their last tests change demo.biller's and demo.patient's passwords
 * and lock demo.frontdesk.
 *
 * <p>One area alone: {@code -Dit.test='ReferenceDeploymentIT$ServiceCenterIT'}; one test:
 * {@code -Dit.test='ReferenceDeploymentIT$ServiceCenterIT#billerUploads*'} (the server still boots once).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class ReferenceDeploymentIT {

    @Deployment(testable = false)
    static WebArchive referenceWar() {
        return ShrinkWrap.create(ZipImporter.class, "oa.war")
                .importFrom(new File(System.getProperty("oa.war")))
                .as(WebArchive.class);
    }

    /** One SMTP server for all classes (a JUnit extension here would start again for every nested class). */
    @BeforeAll
    static void startMailServer() {
        Mailbox.start();
    }

    @AfterAll
    static void stopMailServerAndBrowser() {
        Browser.quitShared();
        Mailbox.stop();
    }

    @Nested
    @Order(1)
    class DeploymentIT extends DeploymentChecks {
    }

    @Nested
    @Order(2)
    class ServiceCenterIT extends ServiceCenterJourneys {
    }

    @Nested
    @Order(3)
    class PatientAllyIT extends PatientAllyJourneys {
    }

    @Nested
    @Order(4)
    class PracticeMateIT extends PracticeMateJourneys {
    }

    @Nested
    @Order(5)
    class AdministrationIT extends AdministrationJourneys {
    }

    @Nested
    @Order(6)
    class ApiIT extends ApiChecks {
    }

    @Nested
    @Order(7)
    class PathAttacksIT extends PathAttacks {
    }

    @Nested
    @Order(8)
    class RequestAttacksIT extends RequestAttacks {
    }

    @Nested
    @Order(9)
    class SignInAttacksIT extends SignInAttacks {
    }

    @Nested
    @Order(10)
    class SignInJourneysIT extends SignInJourneys {
    }
}
