package org.oa.web.interfaces.portal.servicecenter;

import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.web.application.payer.PayerLookup;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;

/** Backs Payer List Lookup: a search box over payer names and IDs. */
@PortalPage(PortalSite.SERVICE_CENTER)
@Named("serviceCenterPayerListPage")
@ViewScoped
public class PayerListPage implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PayerLookup lookup;

    private String term;
    private transient List<PayerLookup.Row> rows;

    public String getTerm() {
        return term;
    }

    public void setTerm(String term) {
        this.term = term;
    }

    public List<PayerLookup.Row> getRows() {
        if (rows == null) {
            rows = lookup.search(term);
        }
        return rows;
    }

    public void search() {
        rows = null;
    }

    /** Suggestions while typing a payer's name or ID: the IDs of at most ten payers (shown with their names). */
    public List<String> suggest(String typed) {
        return lookup.search(typed).stream().limit(10).map(PayerLookup.Row::payerId).toList();
    }

    /** How a suggested payer ID reads in the list: "SIM01 · OA Simulated Health Plan". */
    public String label(String payerId) {
        return lookup.search(payerId).stream().filter(r -> r.payerId().equals(payerId)).findFirst()
                .map(r -> r.payerId() + " · " + r.name()).orElse(payerId);
    }

}
