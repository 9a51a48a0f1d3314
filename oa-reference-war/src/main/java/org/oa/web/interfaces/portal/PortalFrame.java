package org.oa.web.interfaces.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The page frame's view of the request: the portal the page belongs to (also for the pages every portal shares,
 * {@link SharedPortalPages}), and, when the visitor is signed in to it, who they are and that portal's menu.
 */
@Named("portalFrame")
@RequestScoped
public class PortalFrame {

    /** The portal of the current view, or null outside the portals (landing, error pages). */
    public PortalSite getSite() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String viewId = faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
        return PortalSite.containing(viewId).orElse(null);
    }

    /** The user signed in to this page's portal, or null (sign-in pages, another portal's session). */
    public SignedInUser getUser() {
        PortalSite site = getSite();
        SignedInUser user = SignedInUser.current();
        return site != null && user != null && user.portal() == site ? user : null;
    }

    /** Whether the frame shows the menu, sign-out and timeout warning. */
    public boolean isSignedIn() {
        return getUser() != null;
    }

    /** The portal's menu for this user; empty when not signed in here. */
    public java.util.List<PortalMenu.Entry> getMenu() {
        SignedInUser user = getUser();
        return user == null ? java.util.List.of() : PortalMenu.entries(user.portal(), user.administrator());
    }

    /** Whether {@code entry} is the page being shown. */
    public boolean current(PortalMenu.Entry entry) {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId.endsWith("/" + entry.page());
    }
}
