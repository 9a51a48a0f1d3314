package org.oa.web.interfaces.portal.signin;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.oa.web.interfaces.portal.frame.PendingSignIn;
import org.oa.web.interfaces.portal.frame.SessionSettings;
import org.oa.web.interfaces.portal.frame.SignInSteps;

/**
 * Moves a pending sign-in on after a page that needed no input (the recovery codes shown after enrolling an
 * authenticator app). The access filter lets only a pending sign-in of this portal that owes no second factor
 * through.
 */
@WebServlet(urlPatterns = {"/service-center/continue-sign-in", "/practice-mate/continue-sign-in",
        "/ehr/continue-sign-in", "/patient/continue-sign-in"})
public class ContinueSignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SessionSettings sessionSettings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(PendingSignIn.SESSION_KEY);
        if (!(pending instanceof PendingSignIn step) || step.secondFactorOwed()) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        response.sendRedirect(request.getContextPath() + SignInSteps.advance(request, step, sessionSettings));
    }
}
