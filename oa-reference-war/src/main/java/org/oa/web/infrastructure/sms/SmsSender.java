package org.oa.web.infrastructure.sms;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends text messages through the HTTP gateway at {@code oa.sms.gateway-url} (with the bearer token {@code
 * oa.sms.gateway-token} when set). With no URL configured it keeps the newest 200 messages in a demo outbox that
 * practice administrators read on the Administration page. Thread-safe.
 */
@ApplicationScoped
public class SmsSender implements org.oa.web.application.TextMessages {

    private static final Logger LOG = System.getLogger(SmsSender.class.getName());
    private static final int OUTBOX_SIZE = 200;

    @Inject
    @ConfigProperty(name = "oa.sms.gateway-url")
    Optional<String> gatewayUrl;

    @Inject
    @ConfigProperty(name = "oa.sms.gateway-token")
    Optional<String> gatewayToken;

    private final DemoSmsOutbox outbox = new DemoSmsOutbox(OUTBOX_SIZE, Clock.systemUTC());
    private SmsGateway gateway;
    private boolean misconfigured;

    /** True when messages go to the demo outbox rather than to a gateway. */
    public boolean demoOutbox() {
        return gatewayUrl.filter(url -> !url.isBlank()).isEmpty();
    }

    /**
     * Sends a message. Failures are logged without the number or the text and reported as false, so that the
     * page can say the code could not be sent.
     */
    @Override
    public boolean send(String to, String text) {
        Optional<SmsGateway> target = gateway();
        if (target.isEmpty()) {
            return false;
        }
        try {
            target.get().send(to, text);
            if (target.get() == outbox) {
                LOG.log(Level.INFO, "text message kept in the demo outbox (no oa.sms.gateway-url configured)");
            }
            return true;
        } catch (SmsNotSent e) {
            LOG.log(Level.WARNING, "text message not sent: {0}", e.getMessage());
            return false;
        }
    }

    /** The demo outbox, newest first. Empty when messages go to a gateway. */
    public List<OutgoingSms> outbox() {
        return outbox.messages();
    }

    private synchronized Optional<SmsGateway> gateway() {
        if (demoOutbox()) {
            return Optional.of(outbox);
        }
        if (gateway == null && !misconfigured) {
            try {
                gateway = new HttpSmsGateway(new URI(gatewayUrl.orElseThrow().strip()), gatewayToken,
                        HttpSmsGateway.REQUEST_TIMEOUT);
            } catch (URISyntaxException | IllegalArgumentException e) {
                misconfigured = true;
                // Neither the URL (it may hold a key) nor the token is logged.
                LOG.log(Level.ERROR, "oa.sms.gateway-url or oa.sms.gateway-token is not usable ({0}): no text"
                        + " message can be sent", e instanceof URISyntaxException ? "not a URL" : e.getMessage());
            }
        }
        return Optional.ofNullable(gateway);
    }
}
