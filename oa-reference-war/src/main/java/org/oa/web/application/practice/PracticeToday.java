package org.oa.web.application.practice;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.core.patient.PatientPage;
import org.oa.core.patient.PatientSearch;
import org.oa.core.practice.Location;
import org.oa.core.practice.OfficeHours;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.Provider;
import org.oa.security.account.Portal;
import org.oa.web.application.Repositories;
import org.oa.web.application.audit.PatientDataAudit;

/**
 * What the staff portals' dashboards show of a practice's day: who is in the office, where and when, and the
 * practice's patients found by name, birth date, account number or phone. Each patient on a page of the answer is
 * in the audit trail with its ID ({@code LISTED}) before the page is returned.
 */
@ApplicationScoped
public class PracticeToday {

    @Inject
    Repositories repositories;

    @Inject
    PatientDataAudit audit;

    /**
     * A provider's office hours on one day at one location.
     *
     * @param provider the provider's name as staff read it
     * @param location the location's name, or "another location" when it is not in the practice's list
     */
    public record InOffice(String provider, String location, LocalTime from, LocalTime to) {
    }

    /** The active providers' office hours on {@code day}, earliest first, then by provider. */
    public List<InOffice> inOffice(PracticeId practice, LocalDate day) {
        Map<UUID, String> locations = repositories.locations(practice).findAll().stream()
                .collect(Collectors.toMap(Location::id, Location::name, (a, b) -> a));
        List<InOffice> hours = new ArrayList<>();
        for (Provider provider : repositories.providers(practice).findActive()) {
            for (OfficeHours h : provider.officeHours()) {
                if (h.day() == day.getDayOfWeek()) {
                    hours.add(new InOffice(provider.displayName(),
                            locations.getOrDefault(h.locationId(), "another location"), h.from(), h.to()));
                }
            }
        }
        hours.sort(Comparator.comparing(InOffice::from).thenComparing(InOffice::provider)
                .thenComparing(InOffice::location));
        return hours;
    }

    /** The practice's providers, active and inactive, by name. */
    public List<Provider> providers(PracticeId practice) {
        return repositories.providers(practice).findAll().stream()
                .sorted(Comparator.comparing(Provider::lastName).thenComparing(Provider::firstName)).toList();
    }

    /** The practice's locations, by name. */
    public List<Location> locations(PracticeId practice) {
        return repositories.locations(practice).findAll().stream().sorted(Comparator.comparing(Location::name))
                .toList();
    }

    /**
     * How many of the practice's patients match {@code search}. Nothing of a record reaches the caller, so nothing
     * is written to the audit trail (the one record the count query reads stays here).
     */
    public long countPatients(PracticeId practice, PatientSearch search) {
        return repositories.patients(practice, event -> { }).search(search.page(0, 1)).total();
    }

    /** One page of the practice's patients matching {@code search}, listed in the audit trail by patient ID. */
    public PatientPage findPatients(PracticeId practice, PatientSearch search, String accountId, Portal portal,
                                    String page) {
        return repositories.patients(practice, audit.listener(accountId, portal, page)).search(search);
    }
}
