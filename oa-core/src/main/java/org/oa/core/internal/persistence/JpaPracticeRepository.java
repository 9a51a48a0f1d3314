package org.oa.core.internal.persistence;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.oa.core.identifier.Npi;
import org.oa.core.identifier.TaxId;
import org.oa.core.practice.Location;
import org.oa.core.practice.OfficeHours;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.PracticeRepository;
import org.oa.core.practice.Provider;

/** {@link PracticeRepository} over JPA; joins the caller's transaction. */
public final class JpaPracticeRepository implements PracticeRepository {

    private final EntityManager entityManager;

    public JpaPracticeRepository(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entity manager");
    }

    @Override
    public void add(Practice practice) {
        PracticeEntity row = new PracticeEntity();
        row.id = practice.id().toString();
        row.name = practice.name();
        row.taxId = practice.taxId().value();
        row.billingNpi = practice.billingNpi().value();
        for (Location location : practice.locations()) {
            LocationEntity l = new LocationEntity();
            l.id = location.id().toString();
            copy(location, l);
            row.locations.add(l);
        }
        for (Provider provider : practice.providers()) {
            ProviderEntity p = new ProviderEntity();
            p.id = provider.id().toString();
            copy(provider, p);
            row.providers.add(p);
        }
        entityManager.persist(row);
    }

    @Override
    public List<PracticeId> ids() {
        return entityManager.createQuery("select p.id from PracticeEntity p order by p.id", String.class)
                .getResultList().stream().map(PracticeId::parse).toList();
    }

    @Override
    public Optional<Practice> find(PracticeId id) {
        PracticeEntity row = entityManager.find(PracticeEntity.class, id.toString());
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(new Practice(
                PracticeId.parse(row.id), row.name, new TaxId(row.taxId), new Npi(row.billingNpi),
                row.locations.stream().map(JpaPracticeRepository::location).toList(),
                row.providers.stream().map(JpaPracticeRepository::provider).toList()));
    }

    static void copy(Location location, LocationEntity l) {
        l.name = location.name();
        l.street = location.street();
        l.city = location.city();
        l.state = location.state();
        l.zip = location.zip();
        l.phone = location.phone();
        l.active = (short) (location.active() ? 1 : 0);
    }

    static void copy(Provider provider, ProviderEntity p) {
        p.firstName = provider.firstName();
        p.lastName = provider.lastName();
        p.npi = provider.npi().value();
        p.taxonomy = provider.taxonomy();
        p.active = (short) (provider.active() ? 1 : 0);
        p.officeHours.clear();
        for (OfficeHours hours : provider.officeHours()) {
            OfficeHoursRow row = new OfficeHoursRow();
            row.dayOfWeek = (short) hours.day().getValue();
            row.startMinute = (short) (hours.from().getHour() * 60 + hours.from().getMinute());
            row.endMinute = (short) (hours.to().getHour() * 60 + hours.to().getMinute());
            row.locationId = hours.locationId().toString();
            p.officeHours.add(row);
        }
    }

    static Location location(LocationEntity l) {
        return new Location(UUID.fromString(l.id), l.name, l.street, l.city, l.state, l.zip, l.phone, l.active != 0);
    }

    static Provider provider(ProviderEntity p) {
        return new Provider(UUID.fromString(p.id), p.firstName, p.lastName, new Npi(p.npi), p.taxonomy, p.active != 0,
                p.officeHours.stream().map(JpaPracticeRepository::officeHours).toList());
    }

    private static OfficeHours officeHours(OfficeHoursRow row) {
        return new OfficeHours(DayOfWeek.of(row.dayOfWeek), LocalTime.of(row.startMinute / 60, row.startMinute % 60),
                LocalTime.of(row.endMinute / 60, row.endMinute % 60), UUID.fromString(row.locationId));
    }

    @Override
    public long count() {
        return entityManager.createQuery("select count(p) from PracticeEntity p", Long.class).getSingleResult();
    }
}
