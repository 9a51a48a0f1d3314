package org.oa.web.pages;

import java.nio.file.Path;

/** Where the deployment under test is (127.0.0.1 only) and where the browser tests put their screenshots. */
public final class Site {

    /** The deployment's HTTP port on 127.0.0.1 (arquillian.xml starts Payara Micro on {@code oa.it.http.port}). */
    public static final int PORT = Integer.parseInt(System.getProperty("oa.it.http.port"));

    public static final Path SCREENSHOTS = Path.of(System.getProperty("oa.screenshots", "target/screenshots"));

    private Site() {
    }

    /** The address of {@code path} under /oa/, for example {@code url("ehr/login.xhtml")}. */
    public static String url(String path) {
        return "http://127.0.0.1:" + PORT + "/oa/" + path;
    }
}
