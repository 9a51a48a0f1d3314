package org.oa.web.interfaces.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.oa.core.practice.Location;
import org.oa.web.application.practice.PracticeSchedule;
import org.oa.web.application.practice.PracticeToday;

/** The calling practice's providers and locations, for practice software that books and bills through OA. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PracticeRecordResource {

    @Inject
    CallingPractice caller;

    @Inject
    PracticeToday practiceToday;

    @Inject
    PracticeSchedule schedule;

    /** A provider: {@code name} as printed on a claim. */
    public record ProviderView(String id, String name, String firstName, String lastName, String npi,
                               String taxonomy, boolean active) {
    }

    /** A location (office) with its address. */
    public record LocationView(String id, String name, Map<String, String> address, String phone, boolean active) {
    }

    @GET
    @Path("providers")
    public Response providers() {
        List<ProviderView> items = practiceToday.providers(caller.get()).stream().map(p -> new ProviderView(
                p.id().toString(), p.displayName(), p.firstName(), p.lastName(), p.npi().value(), p.taxonomy(),
                p.active())).toList();
        return Response.ok(Map.of("items", items)).build();
    }

    @GET
    @Path("locations")
    public Response locations() {
        List<LocationView> items = practiceToday.locations(caller.get()).stream().map(PracticeRecordResource::view)
                .toList();
        return Response.ok(Map.of("items", items)).build();
    }

    /**
     * A provider's appointments as an iCalendar feed (RFC 5545) for phones and desktop calendars: 30 days back to a
     * year ahead, each with its time, type and location only (no patient's name or any other PHI). Read with the
     * practice's API token, or with {@code ?token=} holding a user's calendar token for this provider.
     */
    @GET
    @Path("providers/{id}/calendar.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") String id) {
        UUID provider;
        try {
            provider = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return ApiError.notFound("provider");
        }
        if (caller.calendarProvider() != null && !caller.calendarProvider().equals(provider.toString())
                || !schedule.providerKnown(caller.get(), provider)) {
            return ApiError.notFound("provider");
        }
        String feed = schedule.icalendar(caller.get(), provider, LocalDate.now(schedule.zone()));
        return Response.ok(feed, "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"calendar.ics\"")
                .header("Cache-Control", "private, no-store").build();
    }

    private static LocationView view(Location l) {
        Map<String, String> address = new LinkedHashMap<>();
        address.put("line1", l.street());
        address.put("city", l.city());
        address.put("state", l.state());
        address.put("zip", l.zip());
        return new LocationView(l.id().toString(), l.name(), address, l.phone(), l.active());
    }
}
