package org.oa.web.interfaces.api;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.UUID;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns every exception of the API into a JSON error: the HTTP errors JAX-RS raises itself (404, 405, 406, 415)
 * keep their status; anything else is a 500 with an incident number. The log gets the incident number and the
 * exception types only: messages of lower layers may quote claim data.
 */
@Provider
public class ApiFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = System.getLogger(ApiFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse() != null
                && web.getResponse().getStatus() < 500) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return ApiError.response(status.getStatusCode(), code(status), status.getReasonPhrase() + ".");
        }
        String incident = UUID.randomUUID().toString();
        StringBuilder types = new StringBuilder();
        for (Throwable t = failure; t != null && types.length() < 1000; t = t.getCause()) {
            types.append(types.length() == 0 ? "" : " <- ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            if (frames.length > 0) {
                types.append(" at ").append(frames[0]);
            }
        }
        LOG.log(Level.ERROR, "API request failed, incident " + incident + ": " + types);
        return ApiError.response(Response.Status.INTERNAL_SERVER_ERROR, "internal_error",
                "The request could not be completed. Incident " + incident + " was logged.");
    }

    private static String code(Response.StatusType status) {
        return status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
