package org.oa.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Map;

import jakarta.inject.Named;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering the design card asks for, checked on the compiled classes of all four modules: the libraries know
 * nothing of containers, the WAR's dependencies point inward, and one portal's pages never reach into another's.
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.oa");
    }

    @Test
    void theLibrariesRunWithoutAContainer() {
        noClasses().that().resideInAnyPackage("org.oa.core..", "org.oa.edi..", "org.oa.security..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "jakarta.faces..",
                        "jakarta.ws.rs..", "jakarta.enterprise..", "jakarta.inject..", "jakarta.ejb..",
                        "fish.payara..", "org.glassfish..", "org.oa.web..")
                .because("oa-core, oa-edi and oa-security are plain Java SE libraries that vendors embed")
                .check(classes);
    }

    @Test
    void applicationServicesDoNotKnowThePages() {
        noClasses().that().resideInAPackage("org.oa.web.application..")
                .should().dependOnClassesThat().resideInAPackage("org.oa.web.interfaces..")
                .check(classes);
    }

    @Test
    void pagesAndResourcesGoThroughTheApplicationNotTheInfrastructure() {
        noClasses().that().resideInAPackage("org.oa.web.interfaces..")
                .should().dependOnClassesThat().resideInAPackage("org.oa.web.infrastructure..")
                .check(classes);
    }

    @Test
    void onePortalsPagesNeverReachIntoAnothers() {
        slices().matching("org.oa.web.interfaces.portal.(servicecenter|practicemate|ehr|patient)..")
                .should().notDependOnEachOther()
                .check(classes);
    }

    /**
     * Bean names are global in a web application: a portal's page beans carry its name first, so that two portals
     * can each have a patient page (serviceCenterClaimPage, practiceMatePatientPage, ehrPatientPage, ...).
     */
    @Test
    void eachPortalsPageBeansAreNamedAfterThePortal() {
        Map<String, String> prefixes = Map.of("servicecenter", "serviceCenter", "practicemate", "practiceMate",
                "ehr", "ehr", "patient", "patientAlly");
        prefixes.forEach((portal, prefix) -> classes().that()
                .resideInAPackage("org.oa.web.interfaces.portal." + portal + "..")
                .and().areAnnotatedWith(Named.class)
                .should(new ArchCondition<JavaClass>("have a bean name starting with " + prefix) {
                    @Override
                    public void check(JavaClass bean, ConditionEvents events) {
                        String name = bean.getAnnotationOfType(Named.class).value();
                        if (!name.startsWith(prefix) || name.length() == prefix.length()) {
                            events.add(SimpleConditionEvent.violated(bean, bean.getName() + " is named \"" + name
                                    + "\""));
                        }
                    }
                })
                .allowEmptyShould(true)
                .check(classes));
    }

    @Test
    void theApplicationsBusinessAreasDependOnEachOtherWithoutCycles() {
        slices().matching("org.oa.web.application.(*)..")
                .should().beFreeOfCycles()
                .because("a reader finds a feature by its business name and follows its dependencies one way")
                .check(classes);
    }

    @Test
    void portalPagesDependOnEachOtherWithoutCyclesAndTheFrameOnNoPortal() {
        slices().matching("org.oa.web.interfaces.portal.(*)..")
                .should().beFreeOfCycles()
                .check(classes);
        noClasses().that().resideInAPackage("org.oa.web.interfaces.portal.frame..")
                .should().dependOnClassesThat().resideInAnyPackage("org.oa.web.interfaces.portal.signin..",
                        "org.oa.web.interfaces.portal.account..", "org.oa.web.interfaces.portal.admin..",
                        "org.oa.web.interfaces.portal.servicecenter..", "org.oa.web.interfaces.portal.practicemate..",
                        "org.oa.web.interfaces.portal.ehr..", "org.oa.web.interfaces.portal.patient..")
                .because("every portal stands in the frame; the frame knows none of them")
                .check(classes);
    }

    @Test
    void theApplicationReachesPayersOnlyThroughItsPort() {
        noClasses().that().resideInAPackage("org.oa.web.application..")
                .should().dependOnClassesThat().resideInAPackage("org.oa.web.infrastructure.payer..")
                .because("PayerExchange talks to payers through PayerConnection; SimulatedPayer implements it")
                .check(classes);
    }

    @Test
    void theApplicationDeclaresPortsAndNeverReachesTheInfrastructure() {
        noClasses().that().resideInAPackage("org.oa.web.application..")
                .should().dependOnClassesThat().resideInAPackage("org.oa.web.infrastructure..")
                .because("the application declares ports (Repositories, Mail, DataFolder, PayerConnection,"
                        + " DemoOutboxes) and the infrastructure implements them")
                .check(classes);
    }

    @Test
    void theApplicationWorksWithRepositoriesNotWithJpa() {
        noClasses().that().resideInAPackage("org.oa.web.application..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .because("use cases get oa-core's repositories through the Repositories port; JPA stays in the"
                        + " infrastructure")
                .check(classes);
    }

    @Test
    void onlyTheInfrastructuresPersistenceHoldsAnEntityManager() {
        noClasses().that().resideInAPackage("org.oa.web..")
                .and().resideOutsideOfPackage("org.oa.web.infrastructure.persistence..")
                .should().dependOnClassesThat().areAssignableTo("jakarta.persistence.EntityManager")
                .because("every repository of the WAR works in the container's one transaction-scoped entity"
                        + " manager, handed out by JpaRepositories")
                .check(classes);
    }
}
