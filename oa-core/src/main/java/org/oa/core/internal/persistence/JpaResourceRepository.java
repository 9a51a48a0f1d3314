package org.oa.core.internal.persistence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.oa.core.practice.PracticeId;
import org.oa.core.practice.RecordProblem;
import org.oa.core.practice.Resource;
import org.oa.core.practice.ResourceKind;
import org.oa.core.practice.ResourceRepository;
import org.oa.core.practice.SaveResult;

/** {@link ResourceRepository} over JPA for one practice; every query carries {@code practiceId = :practice}. */
public final class JpaResourceRepository implements ResourceRepository {

    private final EntityManager em;
    private final PracticeId practice;
    private final String practiceKey;

    public JpaResourceRepository(EntityManager em, PracticeId practice) {
        this.em = Objects.requireNonNull(em, "entity manager");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.practiceKey = practice.toString();
    }

    @Override
    public PracticeId practiceId() {
        return practice;
    }

    @Override
    public List<Resource> findAll() {
        return query("", null);
    }

    @Override
    public List<Resource> findActive() {
        return query(" and r.active = 1", null);
    }

    @Override
    public List<Resource> findAtLocation(UUID locationId) {
        return query(" and r.locationId = :location", locationId.toString());
    }

    private List<Resource> query(String condition, String location) {
        var query = em.createQuery("select r from ResourceEntity r where r.practiceId = :practice" + condition
                + " order by r.nameKey, r.id", ResourceEntity.class).setParameter("practice", practiceKey);
        if (location != null) {
            query.setParameter("location", location);
        }
        return query.getResultList().stream().map(JpaResourceRepository::resource).toList();
    }

    @Override
    public Optional<Resource> find(UUID id) {
        return row(id).map(JpaResourceRepository::resource);
    }

    @Override
    public SaveResult<Resource> add(Resource resource) {
        if (row(resource.id()).isPresent()) {
            return SaveResult.refused(RecordProblem.Code.ID_TAKEN, "resource.id", "This resource is already stored.");
        }
        Optional<SaveResult<Resource>> refused = checked(resource);
        if (refused.isPresent()) {
            return refused.get();
        }
        ResourceEntity row = new ResourceEntity();
        row.id = resource.id().toString();
        row.practiceId = practiceKey;
        copy(resource, row);
        em.persist(row);
        em.flush();
        return new SaveResult.Saved<>(resource);
    }

    @Override
    public SaveResult<Resource> update(Resource resource) {
        Optional<ResourceEntity> row = row(resource.id());
        if (row.isEmpty()) {
            return SaveResult.refused(RecordProblem.Code.NOT_FOUND, "resource.id",
                    "This resource is not one of the practice's.");
        }
        Optional<SaveResult<Resource>> refused = checked(resource);
        if (refused.isPresent()) {
            return refused.get();
        }
        copy(resource, row.get());
        em.flush();
        return new SaveResult.Saved<>(resource);
    }

    private Optional<SaveResult<Resource>> checked(Resource resource) {
        if (resource.locationId() != null && !JpaLocationRepository.owns(em, practice, resource.locationId())) {
            return Optional.of(SaveResult.refused(RecordProblem.Code.UNKNOWN_LOCATION, "resource.locationId",
                    "This location is not one of the practice's."));
        }
        long sameName = em.createQuery("select count(r) from ResourceEntity r where r.practiceId = :practice"
                        + " and r.nameKey = :name and r.id <> :id", Long.class)
                .setParameter("practice", practiceKey).setParameter("name", nameKey(resource.name()))
                .setParameter("id", resource.id().toString()).getSingleResult();
        if (sameName > 0) {
            return Optional.of(SaveResult.refused(RecordProblem.Code.NAME_TAKEN, "resource.name",
                    "Another room or piece of equipment of the practice has this name."));
        }
        return Optional.empty();
    }

    private static String nameKey(String name) {
        return name.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static void copy(Resource resource, ResourceEntity row) {
        row.name = resource.name();
        row.nameKey = nameKey(resource.name());
        row.kind = resource.kind().name();
        row.locationId = resource.locationId() == null ? null : resource.locationId().toString();
        row.active = (short) (resource.active() ? 1 : 0);
    }

    private static Resource resource(ResourceEntity row) {
        return new Resource(UUID.fromString(row.id), row.name, ResourceKind.valueOf(row.kind),
                row.locationId == null ? null : UUID.fromString(row.locationId), row.active != 0);
    }

    private Optional<ResourceEntity> row(UUID id) {
        return em.createQuery("select r from ResourceEntity r where r.practiceId = :practice and r.id = :id",
                        ResourceEntity.class).setParameter("practice", practiceKey).setParameter("id", id.toString())
                .getResultStream().findFirst();
    }
}
