package org.oa.web.interfaces.web;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses cross-site request forgery: a POST, PUT, PATCH or DELETE (login included) whose {@code Origin}, or when
 * absent whose {@code Referer}, is not the deployment's own origin, taken from {@code oa.public-url} and never
 * from the Host header. The refusal is a 403 with a plain page; nothing reaches the application. The REST API
 * ({@code /api/}) is left out: it takes bearer tokens, never cookies, so a foreign page cannot act with it.
 */
public class SameOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    static final String REFUSAL_PAGE = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
            + "<title>Request refused</title></head><body><h1>Request refused</h1><p>This form was sent from another"
            + " site, so it was not carried out. Open the page from this site's own address and try again.</p>"
            + "</body></html>";

    private transient SiteOrigin own;

    @Override
    public void init() throws ServletException {
        String publicUrl = ConfigProvider.getConfig().getOptionalValue("oa.public-url", String.class)
                .orElse("http://127.0.0.1:8080/oa");
        own = SiteOrigin.of(publicUrl).orElseThrow(
                () -> new ServletException("oa.public-url must be an absolute http(s) URL"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SAFE_METHODS.contains(request.getMethod()) || path.startsWith("/api/")
                || own.allows(request.getHeader("Origin"), request.getHeader("Referer"))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(REFUSAL_PAGE);
    }
}
