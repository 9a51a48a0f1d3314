package org.oa.web.interfaces.portal.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The page list is complete: every page and servlet path the WAR has is declared, and nothing else opens. */
class PortalPagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyPageOfEveryPortalFolderIsDeclared() throws IOException {
        List<String> undeclared = new ArrayList<>();
        for (PortalSite site : PortalSite.values()) {
            Path folder = WEBAPP.resolve(site.path());
            try (Stream<Path> pages = Files.walk(folder)) {
                pages.filter(p -> p.toString().endsWith(".xhtml")).map(p -> folder.relativize(p).toString())
                        .filter(page -> PortalPages.access(site, page).isEmpty())
                        .forEach(page -> undeclared.add(site.path() + "/" + page));
            }
        }
        assertThat(undeclared).as("pages missing from PortalPages (they would answer 404)").isEmpty();
    }

    @Test
    void everyServletPathUnderAPortalIsDeclared() throws IOException {
        Pattern mapping = Pattern.compile("\"/(service-center|practice-mate|ehr|patient)/([^\"]+)\"");
        List<String> undeclared = new ArrayList<>();
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(SOURCES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                int annotation = text.indexOf("@WebServlet(");
                if (annotation < 0) {
                    continue;
                }
                Matcher paths = mapping.matcher(text.substring(annotation, text.indexOf(")", annotation)));
                while (paths.find()) {
                    PortalSite site = PortalSite.containing("/" + paths.group(1)).orElseThrow();
                    String path = paths.group(2).replace("/*", "/x.txt");
                    found.add(paths.group(0));
                    if (PortalPages.access(site, path).isEmpty()) {
                        undeclared.add(paths.group(0));
                    }
                }
            }
        }
        assertThat(found).as("the scan found the servlets").hasSizeGreaterThan(8);
        assertThat(undeclared).isEmpty();
    }

    @Test
    void administrationIsForAdministratorsAndUnknownPagesForNobody() {
        assertThat(PortalPages.access(PortalSite.PRACTICE_MATE, "admin.xhtml")).contains(PortalPages.Access.ADMINISTRATOR);
        assertThat(PortalPages.access(PortalSite.SERVICE_CENTER, "api-tokens.xhtml"))
                .contains(PortalPages.Access.ADMINISTRATOR);
        assertThat(PortalPages.access(PortalSite.EHR, "admin.xhtml")).isEmpty();
        assertThat(PortalPages.access(PortalSite.PRACTICE_MATE, "claims.xhtml")).as("a Service Center page").isEmpty();
        assertThat(PortalPages.access(PortalSite.PRACTICE_MATE, "ADMIN.xhtml")).isEmpty();
        assertThat(PortalPages.access(PortalSite.SERVICE_CENTER, "eras/")).isEmpty();
        assertThat(PortalPages.access(PortalSite.SERVICE_CENTER, "documents/3f0c1c9e/999.x12"))
                .contains(PortalPages.Access.SIGNED_IN);
        assertThat(PortalPages.access(PortalSite.SERVICE_CENTER, "documents/a//b")).isEmpty();
        assertThat(PortalPages.access(PortalSite.SERVICE_CENTER, "documents/a/.hidden")).isEmpty();
        assertThat(PortalPages.access(PortalSite.SERVICE_CENTER, "eras/..")).isEmpty();
        assertThat(PortalPages.access(PortalSite.SERVICE_CENTER, "eras/abc.835")).contains(PortalPages.Access.SIGNED_IN);
    }
}
