package org.oa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What several container tests do with the demo accounts over HTTP: sign out, get SFTP access. */
final class DemoSessions {

    private static final String PASSWORD = System.getProperty("oa.it.password");

    private DemoSessions() {
    }

    /**
     * demo.admin, as practice administrator in the Service Center, generates fresh SFTP credentials after the
     * step-up (an e-mailed code) and signs out. Returns {username, secret}.
     */
    static String[] issueSftpCredentials(int port) throws Exception {
        PortalHttp admin = new PortalHttp(port).signedIn("service-center", "demo.admin", PASSWORD,
                "service-center/choose-role.xhtml");
        String chooser = admin.get("service-center/choose-role.xhtml").body();
        Matcher button = Pattern.compile("name=\"([^\"]+)\" value=\"Practice administrator\"").matcher(chooser);
        assertThat(button.find()).as("the role button").isTrue();
        admin.submit("service-center/choose-role.xhtml", "chooseRoleForm", button.group(1), "Practice administrator");
        assertThat(admin.get("service-center/sftp.xhtml").headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/confirm.xhtml?next=sftp.xhtml"));
        int before = Mailbox.count();
        admin.submit("service-center/confirm.xhtml?next=sftp.xhtml", "stepUpEmailForm", "next", "sftp.xhtml",
                "emailCode", "E-mail me a code");
        admin.submit("service-center/confirm.xhtml?next=sftp.xhtml", "stepUpForm", "next", "sftp.xhtml",
                "code", Mailbox.codeAfter(before), "confirm", "Confirm");
        String issued = admin.submit("service-center/sftp.xhtml", "sftpForm", "generate",
                "Generate new SFTP credentials").body();
        Matcher username = Pattern.compile("id=\"sftp-username\">([^<]+)<").matcher(issued);
        Matcher secret = Pattern.compile("id=\"sftp-secret\">([^<]+)<").matcher(issued);
        assertThat(username.find() && secret.find()).as("credentials shown").isTrue();
        signOut(admin, "service-center");
        return new String[] {username.group(1), secret.group(1)};
    }

    static void signOut(PortalHttp session, String portal) throws Exception {
        session.submit(portal + "/index.xhtml", "signOutForm", "signOut", "Sign out");
        assertThat(session.dashboardStatus(portal)).as("signed out").isEqualTo(302);
    }
}
