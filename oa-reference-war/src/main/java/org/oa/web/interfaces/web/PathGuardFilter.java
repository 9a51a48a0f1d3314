package org.oa.web.interfaces.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, with 400 and before any portal logic, a request whose path is not already in the one form the access
 * rules are written for: no path parameters ({@code ;}), no percent-encoded characters, no empty segments
 * ({@code //}), no dot segments ({@code ./}, {@code ../}), no backslashes, no control characters. The container
 * would otherwise decode and normalise such a path after a filter looked at it, so that the path a rule checked
 * and the page served differ. No page of OA needs any of these; the query string is not affected. Runs right after
 * {@link SecurityHeadersFilter} (order in {@code web.xml}).
 */
public class PathGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String REFUSAL_PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
            + "<title>Address not understood</title></head><body><h1>Address not understood</h1><p>This address"
            + " contains characters or parts that OA does not use. Open the page from the menu or the login page"
            + " instead.</p></body></html>";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String raw = request.getRequestURI();
        String context = request.getContextPath();
        if (raw == null || !raw.startsWith(context) || refuses(raw.substring(context.length()))) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(REFUSAL_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a raw request path (after the context path, before decoding) is refused. */
    public static boolean refuses(String rawPath) {
        if (rawPath.isEmpty()) {
            return false;
        }
        if (rawPath.charAt(0) != '/') {
            return true;
        }
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == ';' || c == '%' || c == '\\' || c < 0x21 || c > 0x7e) {
                return true;
            }
        }
        if (rawPath.contains("//")) {
            return true;
        }
        for (String segment : rawPath.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
