package org.oa.web.interfaces.portal.frame;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;

/**
 * The sign-in and account pages exist once, in {@code /WEB-INF/portal-pages/}, and serve every portal: a view such
 * as {@code /ehr/login.xhtml} is read from {@code /WEB-INF/portal-pages/login.xhtml}, keeping its own view ID, so the
 * page knows its portal ({@link PortalFrame}) and the access rules see the portal's path.
 */
public class SharedPortalPages extends ResourceHandlerWrapper {

    /** The pages every portal has, by file name. */
    static final Set<String> PAGES = Set.of("login.xhtml", "second-factor.xhtml", "choose-role.xhtml",
            "forgot-password.xhtml", "forgot-username.xhtml", "reset-password.xhtml", "enrol-authenticator.xhtml",
            "security.xhtml", "confirm.xhtml");

    /** Where they are kept. */
    static final String FOLDER = "/WEB-INF/portal-pages/";

    private static final Pattern PORTAL_PAGE = Pattern.compile("/([a-z-]+)/([a-z-]+\\.xhtml)");

    public SharedPortalPages(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        String shared = sharedPage(resourceName);
        return getWrapped().createViewResource(context, shared == null ? resourceName : shared);
    }

    /** The shared page a portal's view ID is read from, or null when the view is the portal's own. */
    static String sharedPage(String viewId) {
        if (viewId == null) {
            return null;
        }
        Matcher matcher = PORTAL_PAGE.matcher(viewId);
        if (!matcher.matches() || !PAGES.contains(matcher.group(2))
                || PortalSite.containing("/" + matcher.group(1)).isEmpty()) {
            return null;
        }
        return FOLDER + matcher.group(2);
    }
}
