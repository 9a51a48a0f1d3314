package org.oa.web.interfaces.portal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Lets a visitor see a portal's pages only when signed in to that portal; everyone else goes to that
 * portal's own login page. Being signed in to one portal never opens another.
 */
@WebFilter(urlPatterns = {"/service-center/*", "/practice-mate/*", "/ehr/*", "/patient/*"})
public class PortalAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<PortalSite> site = PortalSite.containing(path);
        if (site.isEmpty() || path.equals(site.get().loginPage())) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        Object user = session == null ? null : session.getAttribute(SignedInUser.SESSION_KEY);
        if (user instanceof SignedInUser signedIn && signedIn.portal() == site.get()) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + site.get().loginPage());
    }
}
