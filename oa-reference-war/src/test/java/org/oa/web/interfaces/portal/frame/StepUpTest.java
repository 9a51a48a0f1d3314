package org.oa.web.interfaces.portal.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepUpTest {

    @Test
    void guardsMachineCredentialPagesAndEverythingUnderEhrPrescriptions() {
        assertThat(StepUp.guards(PortalSite.SERVICE_CENTER, "sftp.xhtml")).isTrue();
        assertThat(StepUp.guards(PortalSite.SERVICE_CENTER, "api-tokens.xhtml")).isTrue();
        assertThat(StepUp.guards(PortalSite.EHR, "prescriptions/sign.xhtml")).isTrue();
        assertThat(StepUp.guards(PortalSite.SERVICE_CENTER, "claims.xhtml")).isFalse();
        assertThat(StepUp.guards(PortalSite.PRACTICE_MATE, "sftp.xhtml")).isFalse();
        assertThat(StepUp.guards(PortalSite.EHR, "prescriptions.xhtml")).isFalse();
    }

    @Test
    void goesOnOnlyToAStepUpPageOfTheSamePortalAndElseToTheDashboard() {
        assertThat(StepUp.afterConfirm(PortalSite.SERVICE_CENTER, "sftp.xhtml")).isEqualTo("/service-center/sftp.xhtml");
        assertThat(StepUp.afterConfirm(PortalSite.EHR, "prescriptions/new.xhtml"))
                .isEqualTo("/ehr/prescriptions/new.xhtml");
        for (String next : new String[] {null, "", "claims.xhtml", "//evil.example/sftp.xhtml", "https://evil.example",
                "prescriptions/../admin.xhtml", "/service-center/sftp.xhtml", "sftp.xhtml\"><script>"}) {
            assertThat(StepUp.afterConfirm(PortalSite.SERVICE_CENTER, next)).as(String.valueOf(next))
                    .isEqualTo(PortalSite.SERVICE_CENTER.dashboardPage());
        }
        assertThat(StepUp.afterConfirm(PortalSite.EHR, "sftp.xhtml")).isEqualTo(PortalSite.EHR.dashboardPage());
    }

    @Test
    void returnsToAccountSecurityAfterTheCodeForAChangeOfSignInSettings() {
        assertThat(StepUp.afterConfirm(PortalSite.PATIENT, "security.xhtml")).isEqualTo("/patient/security.xhtml");
        assertThat(StepUp.isReturnPage(PortalSite.EHR, "security.xhtml")).isTrue();
        assertThat(StepUp.isReturnPage(PortalSite.EHR, "security.xhtml?x=1")).isFalse();
        assertThat(StepUp.isReturnPage(PortalSite.EHR, "../security.xhtml")).isFalse();
    }
}
