package org.oa.web.interfaces.portal.servicecenter;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.core.identifier.PayerId;
import org.oa.core.payer.TransactionType;
import org.oa.web.application.payer.EnrollmentRequests;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;

/** Backs the Enrollments page: the payer transactions that need enrollment, their status, and requesting one. */
@PortalPage(PortalSite.SERVICE_CENTER)
@Named("serviceCenterEnrollmentsPage")
@RequestScoped
public class EnrollmentsPage {

    @Inject
    EnrollmentRequests enrollments;

    private List<EnrollmentRequests.Row> rows;

    public List<EnrollmentRequests.Row> getRows() {
        if (rows == null) {
            rows = enrollments.list(ClaimFormPage.practice());
        }
        return rows;
    }

    /** Requests enrollment for the row's payer and transaction. */
    public void request(String payerId, String transaction) {
        boolean done;
        try {
            done = enrollments.request(ClaimFormPage.practice(), PayerId.of(payerId), TransactionType.valueOf(transaction));
        } catch (IllegalArgumentException e) {
            done = false;
        }
        rows = null;
        FacesContext.getCurrentInstance().addMessage(null, done
                ? new FacesMessage(FacesMessage.SEVERITY_INFO, "Enrollment requested for " + payerId + ". The payer's "
                        + "answer appears here; until it is approved, claims for this payer are rejected.", null)
                : new FacesMessage(FacesMessage.SEVERITY_WARN, "Nothing to request: this payer transaction needs no "
                        + "enrollment, or a request is already pending or approved.", null));
    }
}
