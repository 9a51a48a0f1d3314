package org.oa.web.interfaces.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, version 1, at {@code /oa/api/v1/}. Resources and providers of this package are found by scanning;
 * every request needs {@code Authorization: Bearer <token>} ({@link BearerTokenFilter}). Payara's MicroProfile
 * OpenAPI describes it at {@code /openapi}.
 */
@ApplicationPath("api/v1")
public class ApiApplication extends Application {
}
