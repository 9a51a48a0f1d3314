package org.oa.web.interfaces.portal.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oa.security.account.Role;

/** Which step pages a sign-in whose password was accepted may open: never one that a password alone should not. */
class SignInStepsTest {

    private static PendingSignIn pending(PortalSite site, boolean owed, boolean noFactor, boolean appOwed,
                                         Role... roles) {
        return new PendingSignIn(site, "00000000-0000-0000-0000-000000000001", "demo.user", "Demo User", null, null,
                List.of(roles.length == 0 ? new Role[] {Role.CLINICIAN} : roles), Instant.EPOCH, owed, false,
                noFactor, appOwed);
    }

    @Test
    void anAccountWithAFactorMustGiveItAndCannotOpenTheEnrolPageWithThePasswordAlone() {
        PendingSignIn withApp = pending(PortalSite.EHR, true, false, false);
        assertThat(SignInSteps.mayShow(withApp, SignInSteps.SECOND_FACTOR_PAGE)).isTrue();
        assertThat(SignInSteps.mayShow(withApp, SignInSteps.ENROL_PAGE)).isFalse();
        assertThat(SignInSteps.mayShow(withApp, SignInSteps.CONTINUE)).isFalse();
        assertThat(SignInSteps.mayShow(withApp.withSecondFactorPassed(), SignInSteps.ENROL_PAGE)).isFalse();
        assertThat(SignInSteps.mayShow(withApp.withSecondFactorPassed(), SignInSteps.CONTINUE)).isTrue();
    }

    @Test
    void anAccountWithNoFactorAtAllEnrolsFirstAndOnlyThen() {
        PendingSignIn noFactor = pending(PortalSite.PRACTICE_MATE, true, true, false);
        assertThat(SignInSteps.mayShow(noFactor, SignInSteps.ENROL_PAGE)).isTrue();
        assertThat(SignInSteps.mayShow(noFactor, SignInSteps.SECOND_FACTOR_PAGE)).isFalse();
        assertThat(SignInSteps.mayShow(noFactor, SignInSteps.CONTINUE)).isFalse();
        PendingSignIn enrolled = noFactor.withAppEnrolled();
        assertThat(SignInSteps.mayShow(enrolled, SignInSteps.ENROL_PAGE)).as("the app is set up, once").isFalse();
        assertThat(SignInSteps.mayShow(enrolled, SignInSteps.CONTINUE)).isTrue();
    }

    @Test
    void anEhrAccountWithOnlyAPhoneGivesItsCodeBeforeItSetsUpTheAppEhrRequires() {
        PendingSignIn phoneOnly = pending(PortalSite.EHR, true, false, true);
        assertThat(SignInSteps.mayShow(phoneOnly, SignInSteps.ENROL_PAGE)).isFalse();
        assertThat(SignInSteps.mayShow(phoneOnly, SignInSteps.SECOND_FACTOR_PAGE)).isTrue();
        PendingSignIn phoneGiven = phoneOnly.withSecondFactorPassed();
        assertThat(SignInSteps.mayShow(phoneGiven, SignInSteps.ENROL_PAGE)).isTrue();
        assertThat(SignInSteps.mayShow(phoneGiven, SignInSteps.CONTINUE)).as("the app is still owed").isFalse();
        assertThat(SignInSteps.mayShow(phoneGiven, SignInSteps.CHOOSE_ROLE_PAGE)).isFalse();
        assertThat(SignInSteps.mayShow(phoneGiven.withAppEnrolled(), SignInSteps.CONTINUE)).isTrue();
    }

    @Test
    void rolesAreChosenOnlyOnceNothingIsOwedAndOnlyWithMoreThanOne() {
        PendingSignIn twoRoles = pending(PortalSite.PRACTICE_MATE, false, true, false, Role.BILLER, Role.PRACTICE_ADMIN);
        assertThat(SignInSteps.mayShow(twoRoles, SignInSteps.CHOOSE_ROLE_PAGE)).isTrue();
        assertThat(SignInSteps.mayShow(twoRoles, SignInSteps.ENROL_PAGE)).isFalse();
        assertThat(SignInSteps.mayShow(pending(PortalSite.PRACTICE_MATE, false, true, false),
                SignInSteps.CHOOSE_ROLE_PAGE)).isFalse();
        assertThat(SignInSteps.mayShow(pending(PortalSite.PRACTICE_MATE, true, false, false, Role.BILLER,
                Role.PRACTICE_ADMIN), SignInSteps.CHOOSE_ROLE_PAGE)).isFalse();
    }
}
