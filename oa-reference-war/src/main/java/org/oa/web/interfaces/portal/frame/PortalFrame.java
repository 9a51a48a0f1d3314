package org.oa.web.interfaces.portal.frame;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

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
    public List<PortalMenu.Entry> getMenu() {
        SignedInUser user = getUser();
        return user == null ? List.of() : PortalMenu.entries(user.portal(), user.administrator());
    }

    /**
     * The portal's menu as a PrimeFaces menu bar: entries of a group in one sub-menu, placed where the group's first
     * entry stands; the entry of the page being shown is marked. Empty when not signed in here.
     */
    public MenuModel getMenuModel() {
        DefaultMenuModel model = new DefaultMenuModel();
        SignedInUser user = getUser();
        if (user == null) {
            return model;
        }
        String base = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/"
                + user.portal().path() + "/";
        Map<String, DefaultSubMenu> groups = new HashMap<>();
        for (PortalMenu.Entry entry : getMenu()) {
            DefaultMenuItem item = DefaultMenuItem.builder()
                    .id(entry.id()).value(entry.label()).url(base + entry.link())
                    .styleClass(current(entry) ? "oa-menu-current" : null).build();
            if (entry.group() == null) {
                model.getElements().add(item);
                continue;
            }
            DefaultSubMenu group = groups.computeIfAbsent(entry.group(), label -> {
                DefaultSubMenu sub = DefaultSubMenu.builder()
                        .id("menu-group-" + label.toLowerCase(Locale.ROOT)).label(label).build();
                model.getElements().add(sub);
                return sub;
            });
            group.getElements().add(item);
        }
        return model;
    }

    /** Whether {@code entry} is the page being shown. */
    public boolean current(PortalMenu.Entry entry) {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return viewId.endsWith("/" + entry.page());
    }
}
