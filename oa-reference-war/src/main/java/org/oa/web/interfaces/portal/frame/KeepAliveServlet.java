package org.oa.web.interfaces.portal.frame;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Stay signed in": a request that only touches the session so its idle timer restarts. Behind the portal access
 * filter, so it answers 204 only to a signed-in session of that portal (others are redirected to the login).
 */
@WebServlet(urlPatterns = {"/service-center/keep-alive", "/practice-mate/keep-alive", "/ehr/keep-alive",
        "/patient/keep-alive"})
public class KeepAliveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
