package org.oa.web.interfaces.portal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.oa.web.application.SignIn;
import org.oa.web.application.WebSessions;

/**
 * Lets a visitor see a portal's pages only when signed in to that portal; everyone else goes to that portal's
 * own login page (saying so when their session ended). Being signed in to one portal never opens another. A
 * sign-in that still has steps to go opens only those steps' pages. Sessions end after the absolute limit, and
 * at their next request when the shared registry says they were ended on any node (password change or reset,
 * or signed out from another browser). Step-up pages ({@link StepUp}) first ask for a second factor again.
 */
@WebFilter(urlPatterns = {"/service-center/*", "/practice-mate/*", "/ehr/*", "/patient/*"})
public class PortalAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Pages for practice administrators only. */
    private static final Set<String> ADMIN_PAGES = Set.of("admin.xhtml", "audit.csv", "api-tokens.xhtml");

    /** Pages of every portal that anyone may open. */
    private static final Set<String> PUBLIC_PAGES = Set.of("login.xhtml", "forgot-password.xhtml",
            "reset-password.xhtml", "forgot-username.xhtml");

    @Inject
    transient SignIn signIn;

    @Inject
    transient WebSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<PortalSite> found = PortalSite.containing(path);
        if (found.isEmpty() || PUBLIC_PAGES.contains(path.substring(path.lastIndexOf('/') + 1))) {
            chain.doFilter(request, response);
            return;
        }
        PortalSite site = found.get();
        HttpSession session = request.getSession(false);
        Object user = session == null ? null : session.getAttribute(SignedInUser.SESSION_KEY);
        Object pending = session == null ? null : session.getAttribute(PendingSignIn.SESSION_KEY);
        String page = path.substring(path.lastIndexOf('/') + 1);

        if (user instanceof SignedInUser signedIn && signedIn.portal() == site) {
            if (SignInSteps.pastAbsoluteLimit(signedIn, Instant.now())) {
                session.setAttribute(SessionAudit.SIGNED_OUT_KEY, Boolean.TRUE);
                signIn.timedOut(signedIn.accountId(), site.portal(), "absolute session limit");
                session.invalidate();
                redirect(request, response, site.loginPage() + "?reason=limit");
                return;
            }
            if (!sessions.active(SessionAudit.key(session))) {
                // Already ended in the registry (and audited there): no timeout entry, no second ending.
                session.setAttribute(SessionAudit.SIGNED_OUT_KEY, Boolean.TRUE);
                session.invalidate();
                redirect(request, response, site.loginPage() + "?reason=ended");
                return;
            }
            if (ADMIN_PAGES.contains(page) && !signedIn.administrator()) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            String inPortal = path.substring(site.page("").length());
            if (StepUp.guards(site, inPortal) && !StepUp.fresh(session, Instant.now())) {
                redirect(request, response, site.page(StepUp.CONFIRM_PAGE) + "?next="
                        + URLEncoder.encode(inPortal, StandardCharsets.UTF_8));
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (pending instanceof PendingSignIn step && step.portal() == site && SignInSteps.mayShow(step, page)) {
            chain.doFilter(request, response);
            return;
        }
        boolean sessionEnded = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        redirect(request, response, site.loginPage() + (sessionEnded ? "?reason=expired" : ""));
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String page)
            throws IOException {
        response.sendRedirect(request.getContextPath() + page);
    }
}
