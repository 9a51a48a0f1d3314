package org.oa.web.interfaces.portal.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrowserNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/156.0.8078.73 Safari/537.36"
                + "|Chrome on Linux",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.91 Safari/537.36"
                + " Edg/130.0.2849.68|Edge on Windows",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1"
                + " Safari/605.1.15|Safari on macOS",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
                + " Version/17.1 Mobile/15E148 Safari/604.1|Safari on iOS",
        "Mozilla/5.0 (Android 14; Mobile; rv:132.0) Gecko/132.0 Firefox/132.0|Firefox on Android",
        "Java-http-client/17.0.15|Unknown browser",
        "curl/8.4.0 (X11; Linux)|A browser on Linux",
    })
    void namesTheBrowserFamilyAndSystemOnly(String userAgent, String expected) {
        assertThat(BrowserNames.describe(userAgent)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '"})
    void saysUnknownWithoutAHeader(String userAgent) {
        assertThat(BrowserNames.describe(userAgent)).isEqualTo("Unknown browser");
        assertThat(BrowserNames.describe(null)).isEqualTo("Unknown browser");
    }
}
