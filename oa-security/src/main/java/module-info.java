/**
 * OA security: accounts, argon2id passwords (through Apache Shiro), lockout shared by all nodes, portal roles,
 * password policy, second factors (TOTP, recovery codes, e-mail/SMS codes), password reset, remembered
 * devices, SFTP credentials and a hash-chained audit trail, stored through plain JDBC in the database schema
 * {@code OA_SECURITY}. Only the API packages are exported; everything under {@code org.oa.security.internal}
 * may change without notice.
 */
module org.oa.security {
    requires transitive java.sql;
    requires org.apache.shiro.core;
    requires org.apache.shiro.lang;
    requires org.apache.shiro.crypto.hash;
    requires flyway.core;
    requires com.google.zxing;
    requires java.desktop;

    exports org.oa.security;
    exports org.oa.security.account;
    exports org.oa.security.apitoken;
    exports org.oa.security.audit;
    exports org.oa.security.calendar;
    exports org.oa.security.lockout;
    exports org.oa.security.login;
    exports org.oa.security.password;
    exports org.oa.security.practice;
    exports org.oa.security.questions;
    exports org.oa.security.recovery;
    exports org.oa.security.session;
    exports org.oa.security.sftp;
    exports org.oa.security.twofactor;
}
