package org.oa.web.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    @Test
    void primeFacesAnnouncesTheSamePolicyAsEveryOtherAnswerOnlyWithItsNonceAdded() throws Exception {
        String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher policy = Pattern.compile("<param-name>primefaces.CSP_POLICY</param-name>\\s*<param-value>([^<]*)<")
                .matcher(webXml);
        assertThat(policy.find()).as("primefaces.CSP_POLICY is set in web.xml").isTrue();
        assertThat(policy.group(1)).isEqualTo(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
        assertThat(webXml).containsPattern("<param-name>primefaces.CSP</param-name>\\s*<param-value>true<");
    }

    @Test
    void thePolicyAllowsNoInlineScriptNoEvalAndNoOtherOrigin() {
        String policy = SecurityHeadersFilter.CONTENT_SECURITY_POLICY;
        assertThat(policy).endsWith("script-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval", "*", "http")
                .contains("object-src 'none'", "frame-ancestors 'none'", "form-action 'self'");
    }
}
