package org.oa.web.interfaces.portal.frame;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.oa.web.application.signin.SignIn;
import org.oa.web.application.signin.WebSessions;

/**
 * Lets a visitor see a portal's pages only when signed in to that portal; everyone else goes to that portal's
 * own login page (saying so when their session ended). Being signed in to one portal never opens another. A
 * sign-in that still has steps to go opens only those steps' pages. Sessions end after the absolute limit, and
 * at their next request when the shared registry says they were ended on any node (password change or reset,
 * or signed out from another browser). Step-up pages ({@link StepUp}) first ask for a second factor again.
 * Who may open which page is declared in {@link PortalPages} (deny by default) and decided by
 * {@link PortalAccess} on the decoded servlet path, which must equal the raw request path.
 */
public class PortalAccessFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SignIn signIn;

    @Inject
    transient WebSessions sessions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        if (!raw.equals(path) && !(raw.endsWith("/") && path.equals(raw + "index.xhtml"))) {
            // PathGuardFilter refuses such paths first; this holds even if it were left out of the chain.
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Optional<PortalSite> found = PortalSite.containing(path);
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        PortalSite site = found.get();
        String inPortal = path.length() <= site.page("").length() ? "" : path.substring(site.page("").length());
        HttpSession session = request.getSession(false);
        Object user = session == null ? null : session.getAttribute(SignedInUser.SESSION_KEY);
        Object pending = session == null ? null : session.getAttribute(PendingSignIn.SESSION_KEY);
        SignedInUser signedIn = user instanceof SignedInUser u && u.portal() == site ? u : null;

        boolean publicPage = PortalPages.access(site, inPortal).filter(a -> a == PortalPages.Access.PUBLIC)
                .isPresent();
        if (signedIn != null && !publicPage) {
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
        }
        PortalAccess.Visitor visitor = new PortalAccess.Visitor(signedIn != null,
                signedIn != null && signedIn.administrator(),
                signedIn != null && StepUp.fresh(session, Instant.now()),
                pending instanceof PendingSignIn step && step.portal() == site ? step : null);
        switch (PortalAccess.decide(site, inPortal, visitor)) {
            case ALLOW -> chain.doFilter(request, response);
            case FORBIDDEN -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
            case NOT_FOUND -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            case TO_DASHBOARD -> redirect(request, response, site.dashboardPage());
            case TO_STEP_UP -> redirect(request, response, site.page(StepUp.CONFIRM_PAGE) + "?next="
                    + URLEncoder.encode(inPortal, StandardCharsets.UTF_8));
            case TO_LOGIN -> {
                boolean sessionEnded = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
                redirect(request, response, site.loginPage() + (sessionEnded ? "?reason=expired" : ""));
            }
        }
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String page)
            throws IOException {
        response.sendRedirect(request.getContextPath() + page);
    }
}
