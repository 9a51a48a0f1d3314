package org.oa.web.interfaces.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.oa.web.application.clearinghouse.Eras;

/** ERAs (835) of the calling practice: the list, and each 835 as the payer sent it. */
@jakarta.ws.rs.Path("eras")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ErasResource {

    @Inject
    CallingPractice caller;

    @Inject
    Eras eras;

    /** One ERA in the list. */
    public record EraEntry(String id, String payerId, String payerName, LocalDate paymentDate,
                           List<String> traceNumbers, BigDecimal totalPaid, int claims, String fileName) {
        static EraEntry of(Eras.Era e) {
            return new EraEntry(e.id(), e.payerId(), e.payerName(), e.paymentDate(), e.traceNumbers(), e.totalPaid(),
                    e.claims(), e.fileName());
        }
    }

    /** The practice's ERAs, newest first. */
    @GET
    public List<EraEntry> list() {
        return eras.list(caller.get()).stream().map(EraEntry::of).toList();
    }

    /** The 835 of one ERA, as text. */
    @GET
    @jakarta.ws.rs.Path("{id}/835")
    @Produces(MediaType.TEXT_PLAIN)
    public Response download(@PathParam("id") String id) {
        Optional<Eras.Era> era = eras.find(caller.get(), id);
        Optional<Path> file = eras.file(caller.get(), id);
        if (era.isEmpty() || file.isEmpty()) {
            return ApiError.notFound("ERA");
        }
        try {
            return Response.ok(Files.readAllBytes(file.get()), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .header("Content-Disposition", "attachment; filename=\"" + era.get().fileName() + "\"").build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an ERA", e);
        }
    }
}
