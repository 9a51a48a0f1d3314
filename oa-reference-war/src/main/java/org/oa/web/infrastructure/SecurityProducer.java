package org.oa.web.infrastructure;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.oa.security.OaSecurity;
import org.oa.web.infrastructure.mail.Mailer;
import org.oa.web.infrastructure.sms.SmsSender;

/** Builds the one thread-safe {@link OaSecurity} of the application over the application's data source. */
@ApplicationScoped
public class SecurityProducer {

    @Resource(lookup = OaDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    Mailer mailer;

    @Inject
    SmsSender sms;

    // Singleton, not ApplicationScoped: the library's entry type is final and needs no client proxy.
    @Produces
    @Singleton
    OaSecurity security() {
        return OaSecurity.builder()
                .dataSource(dataSource)
                .lockoutNotifier(new LockoutMail(mailer))
                .codeSender(new RoutingCodeSender(mailer, sms))
                .totpSecretKey(SecretKeys.totpKey())
                .auditKey(SecretKeys.auditKey())
                .build();
    }
}
