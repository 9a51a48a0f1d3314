package org.oa.web.interfaces.portal.servicecenter;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.web.application.clearinghouse.Eras;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/** Backs the ERA list ({@code eras.xhtml}): the 835s the practice's payers sent, newest payment first. */
@PortalPage(PortalSite.SERVICE_CENTER)
@Named("serviceCenterErasPage")
@RequestScoped
public class ErasPage {

    @Inject
    Eras eras;

    private List<Eras.Era> rows;

    public List<Eras.Era> getRows() {
        if (rows == null) {
            rows = eras.list(SignedInUser.current().practiceId());
        }
        return rows;
    }
}
