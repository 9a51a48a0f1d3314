package org.oa.web.interfaces.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The origin (scheme, host, port) of a URL as browsers compare it: lower case, default ports left out. Immutable.
 *
 * @param scheme {@code http} or {@code https}
 * @param host   the host name or address, lower case
 * @param port   the port, or -1 for the scheme's default
 */
public record SiteOrigin(String scheme, String host, int port) {

    public SiteOrigin {
        if (scheme == null || host == null || host.isEmpty()) {
            throw new IllegalArgumentException("scheme and host are required");
        }
    }

    /**
     * The origin of an absolute http(s) URL or an {@code Origin} header value; empty for anything else (including
     * the {@code null} origin that sandboxed and privacy-sensitive contexts send).
     */
    public static Optional<SiteOrigin> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return Optional.empty();
        }
        int port = uri.getPort();
        if (port == ("http".equals(scheme) ? 80 : 443)) {
            port = -1;
        }
        return Optional.of(new SiteOrigin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port));
    }

    /**
     * Whether a state-changing request with these headers may go on: when {@code Origin} is present it must be
     * this origin; otherwise, when {@code Referer} is present, its origin must be this one. Neither present: allowed,
     * since browsers send {@code Origin} on every cross-origin POST, so such a request does not come from a page of
     * another site (and the SameSite=Lax cookie is not sent on cross-site POSTs anyway).
     */
    public boolean allows(String originHeader, String refererHeader) {
        if (originHeader != null) {
            return of(originHeader).filter(this::equals).isPresent();
        }
        if (refererHeader != null) {
            return of(refererHeader).filter(this::equals).isPresent();
        }
        return true;
    }
}
