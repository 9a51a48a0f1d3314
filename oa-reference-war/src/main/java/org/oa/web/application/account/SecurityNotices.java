package org.oa.web.application.account;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.security.OaSecurity;
import org.oa.security.account.AccountId;
import org.oa.web.application.Mail;

/**
 * Tells an account's owner by e-mail when a way of signing in changed (an authenticator app set up, replaced or
 * removed; a mobile number confirmed or removed), so that a change the owner did not make is noticed. The message
 * names the change and the time, never a code or a number.
 */
@ApplicationScoped
public class SecurityNotices {

    static final String SUBJECT = "A sign-in setting of your OA account changed";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** A change to how the account signs in. */
    public enum FactorChange {
        AUTHENTICATOR_SET_UP("An authenticator app was set up for"),
        AUTHENTICATOR_REPLACED("The authenticator app was replaced for"),
        AUTHENTICATOR_REMOVED("The authenticator app was removed from"),
        PHONE_CONFIRMED("A mobile number for sign-in codes was confirmed for"),
        PHONE_REMOVED("The mobile number for sign-in codes was removed from");

        private final String sentence;

        FactorChange(String sentence) {
            this.sentence = sentence;
        }
    }

    @Inject
    OaSecurity security;

    @Inject
    Mail mail;

    /** Sends the notice to the account's e-mail address; a mail failure never undoes the change. */
    public void factorChanged(String accountId, FactorChange change) {
        security.accounts().find(AccountId.parse(accountId)).ifPresent(account -> mail.send(account.email(),
                SUBJECT, body(account.displayName(), account.username(), change, Instant.now())));
    }

    static String body(String displayName, String username, FactorChange change, Instant at) {
        return "Hello " + displayName + ",\n\n"
                + change.sentence + " your OA account (" + username + ") at " + TIME.format(at) + ".\n\n"
                + "If this was you, there is nothing to do.\n\n"
                + "If it was not you, someone may know your password: reset it from the login page now, check the"
                + " sign-in settings on the Account security page, and tell your administrator.\n";
    }
}
