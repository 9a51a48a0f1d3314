package org.oa.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.oa.web.pages.Site;

/**
 * What every container test class shares: the one deployment of {@link ReferenceDeploymentIT} (on 127.0.0.1 at
 * {@code oa.it.http.port}, SFTP at {@code oa.it.sftp.port}), the demo accounts' password and the mail server.
 * The classes run as {@code @Nested} classes of ReferenceDeploymentIT, one after the other on one database: each
 * leaves the demo accounts as it found them, and the order there says which may not.
 */
@RunAsClient
abstract class ContainerTest {

    static final String PASSWORD = System.getProperty("oa.it.password");
    static final String TOTP_SECRET = System.getProperty("oa.it.totp-secret");
    static final int HTTP_PORT = Site.PORT;
    static final int SFTP_PORT = Integer.parseInt(System.getProperty("oa.it.sftp.port"));

    /** The address of {@code path} under /oa/ on 127.0.0.1 (the server does not listen on other addresses). */
    static String url(String path) {
        return Site.url(path);
    }

    /** GET {@code path} under /oa/ without cookies, redirects not followed. */
    static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
