package org.oa.web.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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

    @Test
    void theStyleHashesLetThroughOnlyTheHiddenDialogTheCheckboxMenuListAndTheEmptyUploadProgressBar() throws Exception {
        Matcher hash = Pattern.compile("'sha256-([^']+)'").matcher(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
        List<String> hashes = new ArrayList<>();
        while (hash.find()) {
            hashes.add(hash.group(1));
        }
        assertThat(hashes).containsExactlyInAnyOrder(sha256("display:none"), sha256("display: none; width: 0%;"),
                sha256("max-height:200px"));
    }

    private static String sha256(String style) throws Exception {
        return Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(style.getBytes(StandardCharsets.UTF_8)));
    }
}
