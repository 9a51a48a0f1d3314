package org.oa.web.interfaces.portal.servicecenter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oa.security.sftp.SftpSecret;
import org.oa.web.application.account.SftpAccess;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/** Backs the Service Center's SFTP page: generate, regenerate or revoke the signed-in user's SFTP credential. */
@PortalPage(value = PortalSite.SERVICE_CENTER, stepUp = true)
@Named("serviceCenterSftpPage")
@RequestScoped
public class SftpCredentialsPage {

    @Inject
    SftpAccess sftpAccess;

    @Inject
    @ConfigProperty(name = "oa.sftp.port", defaultValue = "2222")
    int port;

    private SftpSecret issued;

    public int getPort() {
        return port;
    }

    /** The credential just generated, shown once; null otherwise. */
    public SftpSecret getIssued() {
        return issued;
    }

    public void generate() {
        issued = sftpAccess.generate(user().accountId());
    }

    public void revoke() {
        boolean revoked = sftpAccess.revoke(user().accountId());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, revoked
                ? "Your SFTP credential was revoked: it no longer works."
                : "You had no SFTP credential.", null));
    }

    private static SignedInUser user() {
        return SignedInUser.current();
    }
}
