package org.oa.web.infrastructure;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.oa.security.lockout.AccountLocked;
import org.oa.security.lockout.LockoutNotifier;
import org.oa.web.infrastructure.mail.Mailer;

/** Tells an account's owner by e-mail that repeated failed sign-ins locked the account, and what to do. */
final class LockoutMail implements LockoutNotifier {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Mailer mailer;

    LockoutMail(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public void accountLocked(AccountLocked event) {
        String body = "Hello " + event.account().displayName() + ",\n\n"
                + "Your OA account (" + event.account().username() + ") was locked after several sign-in attempts "
                + "with a wrong password. It unlocks by itself at " + TIME.format(event.lockedUntil()) + ".\n\n"
                + "If this was you: passwords are case-sensitive and spaces count; check Caps Lock, and make sure "
                + "you are on the right portal. You can also reset your password from the login page, or ask your "
                + "practice administrator to unlock the account.\n\n"
                + "If this was not you, reset your password and tell your administrator.\n";
        mailer.send(event.account().email(), "Your OA account was locked", body);
    }
}
