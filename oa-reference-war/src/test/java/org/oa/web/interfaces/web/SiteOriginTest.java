package org.oa.web.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteOriginTest {

    private final SiteOrigin own = SiteOrigin.of("http://127.0.0.1:8080/oa").orElseThrow();

    @Test
    void ownOriginIsAllowedWhateverThePathOrCase() {
        assertThat(own.allows("http://127.0.0.1:8080", null)).isTrue();
        assertThat(own.allows("HTTP://127.0.0.1:8080", null)).isTrue();
        assertThat(own.allows(null, "http://127.0.0.1:8080/oa/ehr/login.xhtml?x=1")).isTrue();
    }

    @Test
    void anotherHostPortOrSchemeIsRefused() {
        assertThat(own.allows("http://evil.example", null)).isFalse();
        assertThat(own.allows("http://127.0.0.1:8081", null)).isFalse();
        assertThat(own.allows("https://127.0.0.1:8080", null)).isFalse();
        assertThat(own.allows("null", null)).isFalse();
        assertThat(own.allows("", null)).isFalse();
        assertThat(own.allows(null, "http://evil.example/oa/ehr/login.xhtml")).isFalse();
        assertThat(own.allows(null, "http://127.0.0.1:8080@evil.example/")).isFalse();
    }

    @Test
    void originWinsOverReferer() {
        assertThat(own.allows("http://evil.example", "http://127.0.0.1:8080/oa/")).isFalse();
    }

    @Test
    void requestWithNeitherHeaderIsAllowed() {
        assertThat(own.allows(null, null)).isTrue();
    }

    @Test
    void defaultPortsAreTheSameOriginAsNoPort() {
        SiteOrigin https = SiteOrigin.of("https://oa.example/oa").orElseThrow();
        assertThat(https.allows("https://oa.example:443", null)).isTrue();
        assertThat(https.allows("http://oa.example", null)).isFalse();
    }
}
