package org.oa.web.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PathGuardFilterTest {

    @Test
    void refusesEveryPathTrickTheAttackersUsed() {
        for (String trick : new String[] {"/practice-mate/%61dmin.xhtml", "/practice-mate/admin.xhtml;x",
                "//service-center/claims.xhtml", "/%73ervice-center/claims.xhtml", "/./service-center/claims.xhtml",
                "/service-center/../service-center/sftp.xhtml", "/service-center/eras/x/..", "/service-center/.",
                "/practice-mate/index.xhtml;jsessionid=ABC", "/service-center\\sftp.xhtml", "/service-center/a b",
                "/service-center/\u00e4dmin.xhtml", "service-center/sftp.xhtml", "/service-center/sftp.xhtml%00"}) {
            assertThat(PathGuardFilter.refuses(trick)).as(trick).isTrue();
        }
    }

    @Test
    void letsThroughThePathsOaServes() {
        for (String plain : new String[] {"", "/", "/index.xhtml", "/service-center/", "/service-center/claims.xhtml",
                "/service-center/eras/3f0c1c9e-1b7a-4d7e-9a51-0e6f1e2b4c5d.835", "/jakarta.faces.resource/css/oa.css.xhtml",
                "/api/v1/claims", "/service-center/documents/3f0c1c9e-1b7a-4d7e-9a51-0e6f1e2b4c5d/999.x12",
                "/ehr/.well-known"}) {
            assertThat(PathGuardFilter.refuses(plain)).as(plain).isFalse();
        }
    }
}
