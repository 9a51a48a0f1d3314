package org.oa.web.interfaces.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Adds the security headers every answer carries: no framing, no MIME sniffing, no caching, a content security
 * policy.
 *
 * <p>The policy allows scripts, styles, fonts and images only from this application, and no inline script. A
 * JSF page may run the inline scripts PrimeFaces writes only because PrimeFaces (context parameter
 * {@code primefaces.CSP}) gives each of them a nonce and announces the same policy with {@code 'nonce-…'} added to
 * {@code script-src} ({@code primefaces.CSP_POLICY} in {@code web.xml}, which must be {@link #CONTENT_SECURITY_POLICY}).
 * That header replaces this filter's one instead of being added beside it: two policies would both apply, and this
 * one, without the nonce, would block the page's scripts.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String HEADER = "Content-Security-Policy";

    /**
     * Scripts and styles only from this application; no plugins, no framing, forms post only here. {@code
     * script-src} comes last so that PrimeFaces can append the page's nonce to it. The hashes in {@code style-src}
     * let exactly three inline styles through: {@code display: none; width: 0%;}, the empty progress bar that
     * PrimeFaces' uploader writes for each file, {@code display:none}, which a dialog carries until it is opened,
     * and {@code max-height:200px}, the list of a check-box menu ({@code 'unsafe-hashes'} makes a hash apply to
     * style attributes; no other inline style matches them). Fonts may also come as {@code data:} URLs: the
     * calendar's icon font is embedded in its style sheet that way.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-hashes' "
            + "'sha256-EP/tE4kC56IVlYtsgD+tRnoUjTurf1UVhsu788xYwmA=' 'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE=' "
            + "'sha256-7uk35RWzXWCplJn/WE/I9GwTiTp6VCsfJTzKz3qvs3A='; img-src 'self' data:; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(HEADER, CONTENT_SECURITY_POLICY);
        response.setHeader("Cache-Control", "no-store");
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Lets a page's own policy (the same one plus its script nonce) replace the default instead of adding to it. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
