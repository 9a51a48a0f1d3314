package org.oa.web.interfaces.portal.servicecenter;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.core.practice.PracticeId;
import org.oa.web.application.clearinghouse.AdjustmentCodes;
import org.oa.web.application.clearinghouse.Eras;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/** Backs the readable EOB of one ERA ({@code eob.xhtml?id=}): per claim and line, every adjustment explained. */
@PortalPage(PortalSite.SERVICE_CENTER)
@Named("serviceCenterEobPage")
@RequestScoped
public class EobPage {

    @Inject
    Eras eras;

    private Optional<Eras.Eob> eob;

    /** The EOB, or null when the ID is missing, malformed, unreadable or of another practice. */
    public Eras.Eob getEob() {
        if (eob == null) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            PracticeId practice = SignedInUser.current().practiceId();
            eob = id == null ? Optional.empty() : eras.eob(practice, id);
        }
        return eob.orElse(null);
    }

    /** What a group code means, for the legend under the claims. */
    public String group(String code) {
        return AdjustmentCodes.bundled().group(code);
    }
}
