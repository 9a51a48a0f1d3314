package org.oa.security.twofactor;

import org.oa.security.account.AccountView;

/**
 * Delivers one-time codes; the WAR implements it with Jakarta Mail and an SMS gateway. Called on the
 * requesting thread after the code's hash is stored. Implementations must not log the code.
 */
@FunctionalInterface
public interface CodeSender {

    /** A sender for applications that offer no e-mail/SMS codes: every send is a state error. */
    CodeSender NONE = (account, channel, code) -> {
        throw new org.oa.security.OaSecurityException("no CodeSender configured");
    };

    /**
     * @param account the recipient (with the e-mail address)
     * @param channel e-mail or SMS
     * @param code    the six digits to deliver
     */
    void send(AccountView account, CodeChannel channel, String code);
}
