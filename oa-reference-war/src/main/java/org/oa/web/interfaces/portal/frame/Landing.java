package org.oa.web.interfaces.portal.frame;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Backs the landing page, which sends each kind of user to the right portal. */
@Named("landing")
@ApplicationScoped
public class Landing {

    private static final List<PortalSite> SITES = List.of(PortalSite.values());

    public List<PortalSite> getSites() {
        return SITES;
    }
}
