package org.oa.web.interfaces.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

import org.oa.core.practice.PracticeId;
import org.oa.core.submission.SubmissionChannel;
import org.oa.core.submission.SubmissionFile;
import org.oa.core.submission.SubmissionFileId;
import org.oa.web.application.clearinghouse.ClaimSubmissions;

/**
 * Claim files of the calling practice: send an 837 (it goes through the same pipeline as an upload), list recent
 * files, read a File Summary, list and download the answering documents (File Summary, 999, TA1, 277CA).
 */
@Path("files")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FilesResource {

    /** The media type of X12 (RFC 1767). */
    public static final String EDI_X12 = "application/edi-x12";

    private static final int MAX_LIMIT = 200;

    @Inject
    CallingPractice caller;

    @Inject
    ClaimSubmissions submissions;

    @Context
    UriInfo uriInfo;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "oa.api.max-body-bytes",
            defaultValue = BodyLimits.DEFAULT_MAX_BODY_BYTES)
    int maxBodyBytes;

    /**
     * Receives a raw X12 837 and answers 201 with its File Summary; the Location is the file. A body over
     * {@code oa.api.max-body-bytes} is refused with 413, one that is not X12 text (no ISA header, or NUL bytes)
     * with 415; nothing is stored then.
     */
    @POST
    @Consumes({EDI_X12, MediaType.TEXT_PLAIN})
    public Response submit(@QueryParam("name") String name, InputStream body) {
        byte[] bytes = BodyLimits.readAtMost(body, maxBodyBytes);
        if (bytes.length == 0) {
            return ApiError.response(Response.Status.BAD_REQUEST, "empty_body",
                    "The body must be an X12 837 claim file.");
        }
        if (bytes.length > maxBodyBytes) {
            return BodyLimits.tooLarge(maxBodyBytes);
        }
        if (!BodyLimits.looksLikeX12(bytes)) {
            return ApiError.response(Response.Status.UNSUPPORTED_MEDIA_TYPE, "not_x12",
                    "The body is not an X12 claim file: it must be text starting with an ISA segment.");
        }
        InputStream content = new java.io.ByteArrayInputStream(bytes);
        String fileName = name == null || name.isBlank() ? "api-" + UUID.randomUUID() + ".837" : name;
        ClaimSubmissions.Outcome outcome = submissions.receive(caller.get(), fileName, SubmissionChannel.API,
                content);
        return created(uriInfo, outcome);
    }

    /** The practice's most recent files, newest first, with accepted and rejected claim counts. */
    @GET
    public List<ApiViews.FileEntry> recent(@QueryParam("limit") @DefaultValue("50") int limit) {
        PracticeId practice = caller.get();
        List<SubmissionFile> files = submissions.recent(practice, Math.max(1, Math.min(limit, MAX_LIMIT)));
        return ApiViews.FileEntry.of(files, submissions.countClaims(practice, files));
    }

    /** A file's File Summary; 404 for an unknown file and for another practice's file alike. */
    @GET
    @Path("{id}")
    public Response summary(@PathParam("id") String id) {
        return find(id).<Response>map(o -> Response.ok(ApiViews.FileSummary.of(o)).build())
                .orElseGet(() -> ApiError.notFound("file"));
    }

    /** The names of a file's documents. */
    @GET
    @Path("{id}/documents")
    public Response documents(@PathParam("id") String id) {
        return find(id).<Response>map(o -> Response.ok(o.documents()).build())
                .orElseGet(() -> ApiError.notFound("file"));
    }

    /** One document of a file, as text. */
    @GET
    @Path("{id}/documents/{name}")
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    public Response document(@PathParam("id") String id, @PathParam("name") String name) {
        Optional<SubmissionFileId> fileId = fileId(id);
        Optional<java.nio.file.Path> path = fileId.flatMap(f -> submissions.document(caller.get(), f, name));
        if (path.isEmpty() || !Files.isRegularFile(path.get())) {
            return ApiError.notFound("document");
        }
        try {
            return Response.ok(Files.readAllBytes(path.get()), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"" + name.replace("\"", "") + "\"")
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a document", e);
        }
    }

    /** The 201 answer for a file just received through the API. */
    static Response created(UriInfo uriInfo, ClaimSubmissions.Outcome outcome) {
        URI location = uriInfo.getBaseUriBuilder().path(FilesResource.class).path(outcome.file().id().toString())
                .build();
        return Response.created(location).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiViews.FileSummary.of(outcome)).build();
    }

    private Optional<ClaimSubmissions.Outcome> find(String id) {
        return fileId(id).flatMap(f -> submissions.find(caller.get(), f));
    }

    private static Optional<SubmissionFileId> fileId(String id) {
        try {
            return Optional.of(new SubmissionFileId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
