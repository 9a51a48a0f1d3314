package org.oa.web.interfaces.portal.servicecenter;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.web.application.PayerLookup;
import org.oa.web.interfaces.portal.PortalPage;
import org.oa.web.interfaces.portal.PortalSite;

/** Backs Payer List Lookup: a search box over payer names and IDs. */
@PortalPage(PortalSite.SERVICE_CENTER)
@Named("payerListPage")
@RequestScoped
public class PayerListPage {

    @Inject
    PayerLookup lookup;

    private String term;
    private List<PayerLookup.Row> rows;

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
}
