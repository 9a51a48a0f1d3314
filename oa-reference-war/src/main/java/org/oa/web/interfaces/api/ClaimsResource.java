package org.oa.web.interfaces.api;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.oa.core.claim.ClaimId;
import org.oa.core.practice.PracticeId;
import org.oa.web.application.clearinghouse.ApiClaims;
import org.oa.web.application.audit.PatientDataAudit;

/**
 * Claims of the calling practice: send professional claims as JSON (the shape is documented on {@link
 * JsonClaims}); they are written as an 837 and meet exactly the edits of an uploaded file. And read a claim's
 * status and history.
 */
@Path("claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClaimsResource {

    @Inject
    CallingPractice caller;

    @Inject
    ApiClaims claims;

    @Inject
    PatientDataAudit patientDataAudit;

    @Context
    UriInfo uriInfo;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "oa.api.max-body-bytes",
            defaultValue = BodyLimits.DEFAULT_MAX_BODY_BYTES)
    int maxBodyBytes;

    /**
     * Receives a JSON array of professional claims for one payer and answers 201 with the File Summary of the 837
     * they became. Malformed JSON or a claim of the wrong shape: 400 with each problem's path, and nothing stored.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@QueryParam("name") String name, InputStream body) {
        byte[] bytes = BodyLimits.readAtMost(body, maxBodyBytes);
        if (bytes.length > maxBodyBytes) {
            return BodyLimits.tooLarge(maxBodyBytes);
        }
        String json = new String(bytes, StandardCharsets.UTF_8);
        if (BodyLimits.nestingDeeperThan(json, BodyLimits.MAX_JSON_DEPTH)) {
            return invalid("The JSON is nested more than " + BodyLimits.MAX_JSON_DEPTH
                    + " levels deep; claims need far fewer. Nothing was stored.", List.of());
        }
        PracticeId practice = caller.get();
        JsonClaims.Result read = JsonClaims.read(json, practice);
        if (!read.problems().isEmpty()) {
            return invalid("The claims could not be read; nothing was stored.", read.problems());
        }
        byte[] claimFile;
        try {
            claimFile = claims.claimFile(read.claims());
        } catch (IllegalArgumentException e) {
            // The writer's messages name the rule, never a value.
            return invalid("The claims cannot be written as an 837: " + e.getMessage() + "; nothing was stored.",
                    List.of());
        }
        String fileName = name == null || name.isBlank() ? "api-claims-" + UUID.randomUUID() + ".837" : name;
        return FilesResource.created(uriInfo, claims.receive(practice, fileName, claimFile));
    }

    /**
     * A claim's status and history; 404 for an unknown claim and for another practice's claim alike. A found claim
     * is recorded in the audit trail as viewed by the calling token.
     */
    @GET
    @Path("{id}")
    public Response status(@PathParam("id") String id) {
        ClaimId claimId;
        try {
            claimId = new ClaimId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return ApiError.notFound("claim");
        }
        return claims.find(caller.get(), claimId).<Response>map(c -> {
            patientDataAudit.claimViewedByApi(caller.tokenId(), c);
            return Response.ok(ApiViews.ClaimStatusView.of(c)).build();
        }).orElseGet(() -> ApiError.notFound("claim"));
    }

    private static Response invalid(String message, List<ApiError.InputProblem> problems) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("invalid_claims", message, problems)).build();
    }
}
