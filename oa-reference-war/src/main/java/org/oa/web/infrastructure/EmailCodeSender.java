package org.oa.web.infrastructure;

import org.oa.security.OaSecurityException;
import org.oa.security.account.AccountView;
import org.oa.security.twofactor.CodeChannel;
import org.oa.security.twofactor.CodeSender;
import org.oa.web.infrastructure.mail.Mailer;

/**
 * Delivers sign-in codes by e-mail (through SMTP, or the demo outbox). SMS needs a phone number on the account
 * and a gateway, which the reference deployment does not have yet: asking for one is a state error.
 */
final class EmailCodeSender implements CodeSender {

    private final Mailer mailer;

    EmailCodeSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void send(AccountView account, CodeChannel channel, String code) {
        if (channel != CodeChannel.EMAIL) {
            throw new OaSecurityException("SMS codes are not configured in this deployment");
        }
        String body = "Hello " + account.displayName() + ",\n\n"
                + "Your OA sign-in code is " + code + ". It works once, for 10 minutes.\n\n"
                + "If you did not try to sign in, someone may know your password: change it and tell your "
                + "administrator.\n";
        if (!mailer.send(account.email(), "Your OA sign-in code", body)) {
            throw new OaSecurityException("the sign-in code could not be e-mailed");
        }
    }
}
