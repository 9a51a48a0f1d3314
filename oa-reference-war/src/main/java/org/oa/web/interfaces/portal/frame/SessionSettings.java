package org.oa.web.interfaces.portal.frame;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Session timing: each portal's idle limit (overridable for all portals by {@code oa.session.idle-seconds}) and
 * how long before it the "stay signed in" warning appears ({@code oa.session.warning-seconds}, default 120).
 */
@Named("sessionSettings")
@ApplicationScoped
public class SessionSettings {

    @Inject
    @ConfigProperty(name = "oa.session.idle-seconds")
    Optional<Integer> idleSecondsOverride;

    @Inject
    @ConfigProperty(name = "oa.session.warning-seconds", defaultValue = "120")
    int warningSeconds;

    /** The idle limit of a portal's sessions. */
    public Duration idleTimeout(PortalSite site) {
        return idleSecondsOverride.map(Duration::ofSeconds).orElse(site.defaultIdleTimeout());
    }

    /** Seconds of warning before the idle limit, never more than the limit itself. */
    public long warningSeconds(PortalSite site) {
        return Math.min(warningSeconds, idleTimeout(site).toSeconds() - 1);
    }
}
