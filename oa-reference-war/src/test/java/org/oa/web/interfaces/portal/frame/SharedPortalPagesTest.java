package org.oa.web.interfaces.portal.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SharedPortalPagesTest {

    @Test
    void everyPortalReadsItsSignInPagesFromTheOneSharedCopy() {
        assertThat(SharedPortalPages.sharedPage("/ehr/login.xhtml")).isEqualTo("/WEB-INF/portal-pages/login.xhtml");
        assertThat(SharedPortalPages.sharedPage("/patient/security.xhtml"))
                .isEqualTo("/WEB-INF/portal-pages/security.xhtml");
        assertThat(SharedPortalPages.sharedPage("/service-center/claims.xhtml")).as("a portal's own page").isNull();
        assertThat(SharedPortalPages.sharedPage("/elsewhere/login.xhtml")).as("not a portal").isNull();
        assertThat(SharedPortalPages.sharedPage("/WEB-INF/templates/layout.xhtml")).isNull();
        assertThat(SharedPortalPages.sharedPage("/ehr/../login.xhtml")).isNull();
    }

    @Test
    void eachSharedPageExistsOnceAndIsDeclaredInEveryPortal() {
        for (String page : SharedPortalPages.PAGES) {
            assertThat(Path.of("src/main/webapp/WEB-INF/portal-pages", page)).as(page).isRegularFile();
            for (PortalSite site : PortalSite.values()) {
                assertThat(Files.exists(Path.of("src/main/webapp", site.path(), page))).as("no copy in " + site)
                        .isFalse();
                assertThat(PortalPages.access(site, page)).as(site + " " + page).isPresent();
            }
        }
    }
}
