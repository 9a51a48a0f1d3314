package org.oa.web.infrastructure;

import org.oa.security.OaSecurityException;
import org.oa.security.twofactor.CodeChannel;
import org.oa.security.twofactor.CodeMessage;
import org.oa.security.twofactor.CodeSender;
import org.oa.web.infrastructure.mail.Mailer;
import org.oa.web.infrastructure.sms.SmsSender;

/**
 * Delivers one-time codes: e-mail through the {@link Mailer} (SMTP or the demo outbox), text messages through the
 * {@link SmsSender} (the HTTP gateway or the demo outbox). A message that could not be handed over is reported as
 * not sent, and the library withdraws its code.
 */
final class RoutingCodeSender implements CodeSender {

    private final Mailer mailer;
    private final SmsSender sms;

    RoutingCodeSender(Mailer mailer, SmsSender sms) {
        this.mailer = mailer;
        this.sms = sms;
    }

    @Override
    public boolean send(CodeMessage message) {
        if (message.channel() == CodeChannel.SMS) {
            return sms.send(message.to(), text(message));
        }
        if (message.purpose() != CodeMessage.Purpose.SIGN_IN) {
            throw new OaSecurityException("e-mail codes are for signing in only");
        }
        String body = "Hello " + message.account().displayName() + ",\n\n"
                + "Your OA sign-in code is " + message.code() + ". It works once, for 10 minutes.\n\n"
                + "If you did not try to sign in, someone may know your password: change it and tell your "
                + "administrator.\n";
        return mailer.send(message.to(), "Your OA sign-in code", body);
    }

    /** Short enough for one SMS (160 characters of the GSM alphabet). */
    static String text(CodeMessage message) {
        return switch (message.purpose()) {
            case SIGN_IN -> "Your OA sign-in code is " + message.code() + ". It works once, for 10 minutes. Did not"
                    + " try to sign in? Change your password.";
            case PHONE_CONFIRMATION -> "Your OA code to confirm this phone number is " + message.code() + ". It"
                    + " works for 10 minutes. Did not ask for it? Ignore this text.";
        };
    }
}
