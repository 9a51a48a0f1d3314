package org.oa.web.interfaces.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Session IDs only ever travel in the cookie. Payara takes a {@code ;jsessionid=} path parameter as the
 * requested session even with tracking mode COOKIE, so a request whose session ID came from the URL is refused
 * (400, before any page or session is touched); and no URL the application writes ever gets one appended.
 */
public class SessionIdInUrlFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.isRequestedSessionIdFromURL()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Session IDs in addresses are not accepted. Open the page without "
                    + "';jsessionid=...' and sign in.");
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return url;
            }

            @Override
            public String encodeRedirectURL(String url) {
                return url;
            }
        });
    }
}
