package org.oa.web.interfaces.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.oa.web.application.payer.PayerLookup;

/** Payer List Lookup: payers whose name or payer ID contains {@code q}, by name (all for an empty {@code q}). */
@Path("payers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PayersResource {

    @Inject
    PayerLookup lookup;

    @GET
    public List<ApiViews.PayerView> search(@QueryParam("q") String q) {
        return lookup.search(q).stream().map(ApiViews.PayerView::of).toList();
    }
}
