package org.oa.web.application.payer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.oa.core.payer.Payer;
import org.oa.core.payer.PayerList;
import org.oa.web.application.Repositories;

/**
 * The payer list in the database: loaded from the list shipped with OA core on first start (into an empty
 * table only, so payers an operator adds or edits later are kept), read by Payer List Lookup and the edits.
 */
@ApplicationScoped
public class PayerCatalog {

    @Inject
    Repositories repositories;

    /** Loads the bundled payer list when the database has no payers yet; returns how many were loaded. */
    @Transactional
    public int loadBundledIfEmpty() {
        var payers = repositories.payers();
        if (!payers.findAll().isEmpty()) {
            return 0;
        }
        PayerList bundled = PayerList.bundled();
        for (Payer payer : bundled.payers()) {
            payers.save(payer);
        }
        return bundled.size();
    }

    /** The payers as stored now. */
    public PayerList current() {
        return repositories.payers().toPayerList();
    }
}
