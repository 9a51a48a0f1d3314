package org.oa.web.interfaces.portal.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortalMenuTest {

    @Test
    void theMenuOffersOnlyPagesTheRoleMayOpen() {
        assertThat(PortalMenu.entries(PortalSite.SERVICE_CENTER, false)).extracting(PortalMenu.Entry::id)
                .contains("menu-home", "menu-upload", "menu-claims", "menu-eras", "menu-security")
                .doesNotContain("menu-admin", "menu-api-tokens");
        assertThat(PortalMenu.entries(PortalSite.SERVICE_CENTER, true)).extracting(PortalMenu.Entry::id)
                .contains("menu-admin", "menu-api-tokens");
        assertThat(PortalMenu.entries(PortalSite.PRACTICE_MATE, false)).extracting(PortalMenu.Entry::id)
                .containsExactly("menu-home", "menu-schedule", "menu-new-patient", "menu-import-patients", "menu-security");
    }

    @Test
    void everyEntryOfEveryPortalOpensADeclaredPage() {
        for (PortalSite site : PortalSite.values()) {
            for (PortalMenu.Entry entry : PortalMenu.entries(site, true)) {
                assertThat(PortalPages.access(site, entry.page())).as(site + " " + entry.link()).isPresent();
            }
        }
    }
}
