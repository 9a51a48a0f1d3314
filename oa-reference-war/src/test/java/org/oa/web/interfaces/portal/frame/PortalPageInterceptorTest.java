package org.oa.web.interfaces.portal.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.oa.core.practice.PracticeId;
import org.oa.security.account.Role;

/** The page beans' own check: it refuses what the filter should have refused, if the filter ever lets it by. */
class PortalPageInterceptorTest {

    @PortalPage(value = {PortalSite.SERVICE_CENTER, PortalSite.PRACTICE_MATE}, administrator = true)
    static final class AdministrationBean {
    }

    @PortalPage(value = PortalSite.SERVICE_CENTER, stepUp = true)
    static final class SftpBean {
    }

    @PortalPage
    static final class AnyPortalBean {
    }

    private static SignedInUser user(PortalSite site, String role) {
        return new SignedInUser(site, "00000000-0000-0000-0000-000000000001", "demo.user", "Demo User", "Practice",
                PracticeId.parse("00000000-0000-0000-0000-000000000002"), Role.valueOf(role), role, Instant.now());
    }

    private static String refusal(Class<?> bean, SignedInUser user, PortalSite page) {
        return PortalPageInterceptor.refusal(bean.getAnnotation(PortalPage.class), user, Optional.ofNullable(page),
                null);
    }

    @Test
    void refusesAFrontDeskSessionTheAdministrationBean() {
        assertThat(refusal(AdministrationBean.class, user(PortalSite.PRACTICE_MATE, "FRONT_DESK"),
                PortalSite.PRACTICE_MATE)).isEqualTo("not a practice administrator");
        assertThat(refusal(AdministrationBean.class, user(PortalSite.PRACTICE_MATE, "PRACTICE_ADMIN"),
                PortalSite.PRACTICE_MATE)).isNull();
    }

    @Test
    void refusesASessionOfAnotherPortalThanThePageServed() {
        assertThat(refusal(AdministrationBean.class, user(PortalSite.PRACTICE_MATE, "PRACTICE_ADMIN"),
                PortalSite.SERVICE_CENTER)).isEqualTo("signed in to another portal");
        assertThat(refusal(AnyPortalBean.class, user(PortalSite.EHR, "CLINICIAN"), PortalSite.PATIENT))
                .isEqualTo("signed in to another portal");
        assertThat(refusal(AnyPortalBean.class, user(PortalSite.EHR, "CLINICIAN"), null))
                .isEqualTo("signed in to another portal");
        assertThat(refusal(AnyPortalBean.class, null, PortalSite.EHR)).isEqualTo("not signed in");
        assertThat(refusal(AdministrationBean.class, user(PortalSite.EHR, "PRACTICE_ADMIN"), PortalSite.EHR))
                .isEqualTo("not a page of this portal");
    }

    @Test
    void refusesAStepUpBeanWithoutARecentCode() {
        assertThat(refusal(SftpBean.class, user(PortalSite.SERVICE_CENTER, "BILLER"), PortalSite.SERVICE_CENTER))
                .isEqualTo("no recent step-up");
    }
}
