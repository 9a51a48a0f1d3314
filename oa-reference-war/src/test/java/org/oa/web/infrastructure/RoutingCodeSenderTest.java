package org.oa.web.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oa.security.account.AccountId;
import org.oa.security.account.AccountState;
import org.oa.security.account.AccountView;
import org.oa.security.account.Role;
import org.oa.security.twofactor.CodeChannel;
import org.oa.security.twofactor.CodeMessage;

class RoutingCodeSenderTest {

    private static CodeMessage sms(CodeMessage.Purpose purpose) {
        AccountView account = new AccountView(AccountId.random(), "synthetic.user", "Synthetic User",
                "synthetic@example.test", UUID.randomUUID(), Set.of(Role.BILLER), AccountState.ACTIVE);
        return new CodeMessage(account, CodeChannel.SMS, "+15550100123", "042917", purpose);
    }

    @Test
    void eachTextCarriesTheCodeSaysWhatItIsForAndFitsOneSms() {
        String signIn = RoutingCodeSender.text(sms(CodeMessage.Purpose.SIGN_IN));
        String confirmation = RoutingCodeSender.text(sms(CodeMessage.Purpose.PHONE_CONFIRMATION));
        assertThat(signIn).contains("sign-in code is 042917", "10 minutes").hasSizeLessThanOrEqualTo(160);
        assertThat(confirmation).contains("confirm this phone number is 042917").hasSizeLessThanOrEqualTo(160);
        assertThat(signIn + confirmation).as("plain GSM characters only").matches("[ -~]+")
                .doesNotContain("Synthetic User");
    }
}
