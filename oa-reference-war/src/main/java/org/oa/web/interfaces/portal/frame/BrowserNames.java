package org.oa.web.interfaces.portal.frame;

import java.util.Locale;

/**
 * A short, human description of a browser from its User-Agent header ("Chrome on Linux"), for the list of
 * signed-in sessions. Only the family of browser and system is kept, never the full header.
 */
public final class BrowserNames {

    private BrowserNames() {
    }

    /** @return for example "Firefox on Windows"; "Unknown browser" when the header says nothing useful */
    public static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown browser";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String browser = browser(ua);
        String system = system(ua);
        if (browser == null && system == null) {
            return "Unknown browser";
        }
        if (system == null) {
            return browser;
        }
        return (browser == null ? "A browser" : browser) + " on " + system;
    }

    private static String browser(String ua) {
        // Order matters: Edge and Opera also say "chrome", Chrome also says "safari".
        if (ua.contains("edg/") || ua.contains("edge/")) {
            return "Edge";
        }
        if (ua.contains("opr/") || ua.contains("opera")) {
            return "Opera";
        }
        if (ua.contains("firefox/") || ua.contains("fxios/")) {
            return "Firefox";
        }
        if (ua.contains("chrome/") || ua.contains("crios/") || ua.contains("chromium/")) {
            return "Chrome";
        }
        if (ua.contains("safari/")) {
            return "Safari";
        }
        return null;
    }

    private static String system(String ua) {
        if (ua.contains("windows")) {
            return "Windows";
        }
        if (ua.contains("iphone") || ua.contains("ipad")) {
            return "iOS";
        }
        if (ua.contains("mac os x") || ua.contains("macintosh")) {
            return "macOS";
        }
        if (ua.contains("android")) {
            return "Android";
        }
        if (ua.contains("cros")) {
            return "ChromeOS";
        }
        if (ua.contains("linux")) {
            return "Linux";
        }
        return null;
    }
}
