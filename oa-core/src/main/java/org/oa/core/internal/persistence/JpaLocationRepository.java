package org.oa.core.internal.persistence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.oa.core.OaCoreException;
import org.oa.core.practice.Location;
import org.oa.core.practice.LocationRepository;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.RecordProblem;
import org.oa.core.practice.SaveResult;

/**
 * {@link LocationRepository} over JPA for one practice. Locations are the practice row's own collection (which
 * {@link JpaPracticeRepository} reads too), so this repository only ever looks inside the one practice's row.
 * Joins the caller's transaction.
 */
public final class JpaLocationRepository implements LocationRepository {

    private final EntityManager em;
    private final PracticeId practice;

    public JpaLocationRepository(EntityManager em, PracticeId practice) {
        this.em = Objects.requireNonNull(em, "entity manager");
        this.practice = Objects.requireNonNull(practice, "practice");
    }

    @Override
    public PracticeId practiceId() {
        return practice;
    }

    @Override
    public List<Location> findAll() {
        return rows().stream().map(JpaPracticeRepository::location).toList();
    }

    @Override
    public List<Location> findActive() {
        return rows().stream().filter(l -> l.active != 0).map(JpaPracticeRepository::location).toList();
    }

    @Override
    public Optional<Location> find(UUID id) {
        return row(id).map(JpaPracticeRepository::location);
    }

    @Override
    public SaveResult<Location> add(Location location) {
        PracticeEntity owner = em.find(PracticeEntity.class, practice.toString());
        if (owner == null) {
            throw new OaCoreException("practice " + practice + " is not stored");
        }
        if (row(location.id()).isPresent()) {
            return SaveResult.refused(RecordProblem.Code.ID_TAKEN, "location.id", "This location is already stored.");
        }
        LocationEntity row = new LocationEntity();
        row.id = location.id().toString();
        JpaPracticeRepository.copy(location, row);
        owner.locations.add(row);
        em.flush();
        return new SaveResult.Saved<>(location);
    }

    @Override
    public SaveResult<Location> update(Location location) {
        Optional<LocationEntity> row = row(location.id());
        if (row.isEmpty()) {
            return SaveResult.refused(RecordProblem.Code.NOT_FOUND, "location.id",
                    "This location is not one of the practice's.");
        }
        JpaPracticeRepository.copy(location, row.get());
        em.flush();
        return new SaveResult.Saved<>(location);
    }

    /** Whether the practice has a location with this ID (for resources). */
    static boolean owns(EntityManager em, PracticeId practice, UUID locationId) {
        return new JpaLocationRepository(em, practice).row(locationId).isPresent();
    }

    private Optional<LocationEntity> row(UUID id) {
        String key = id.toString();
        return rows().stream().filter(l -> l.id.equals(key)).findFirst();
    }

    private List<LocationEntity> rows() {
        PracticeEntity owner = em.find(PracticeEntity.class, practice.toString());
        return owner == null ? List.of() : owner.locations;
    }
}
