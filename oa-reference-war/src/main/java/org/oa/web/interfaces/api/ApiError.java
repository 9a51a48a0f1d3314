package org.oa.web.interfaces.api;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The body of every error answer: a stable code for programs, a sentence for people, and for invalid input the
 * path of each problem. Never claim data, never a stack trace.
 *
 * @param error    a stable code, e.g. {@code unauthorized}, {@code not_found}, {@code invalid_claims}
 * @param message  what went wrong, in plain language
 * @param problems each invalid field of the request (e.g. {@code [0].serviceLines[1].charge}); empty otherwise
 */
public record ApiError(String error, String message, List<InputProblem> problems) {

    /**
     * One invalid field of a request.
     *
     * @param path    where, as a JSON path below the request body
     * @param message what is wrong
     */
    public record InputProblem(String path, String message) {
    }

    /** An error answer without input problems. */
    public static Response response(Response.Status status, String error, String message) {
        return response(status.getStatusCode(), error, message);
    }

    /** An error answer without input problems. */
    public static Response response(int status, String error, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(error, message, List.of())).build();
    }

    /** The answer for an unknown file, claim or document, and for those of another practice alike. */
    public static Response notFound(String what) {
        return response(Response.Status.NOT_FOUND, "not_found", "No such " + what + ".");
    }
}
