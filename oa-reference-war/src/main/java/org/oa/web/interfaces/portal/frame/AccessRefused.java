package org.oa.web.interfaces.portal.frame;

/** Thrown by a {@link PortalPage} bean called from a session that may not use it; answered with a 403 page. */
public final class AccessRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AccessRefused(String why) {
        super(why, null, false, false);
    }
}
