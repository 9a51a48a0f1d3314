package org.oa.core.internal.persistence;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.oa.core.OaCoreException;
import org.oa.core.identifier.Npi;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.Provider;
import org.oa.core.practice.ProviderRepository;
import org.oa.core.practice.RecordProblem;
import org.oa.core.practice.SaveResult;

/**
 * {@link ProviderRepository} over JPA for one practice. Providers are the practice row's own collection (which
 * {@link JpaPracticeRepository} reads too), so this repository only ever looks inside the one practice's row and
 * cannot reach another practice's providers. Joins the caller's transaction.
 */
public final class JpaProviderRepository implements ProviderRepository {

    private final EntityManager em;
    private final PracticeId practice;

    public JpaProviderRepository(EntityManager em, PracticeId practice) {
        this.em = Objects.requireNonNull(em, "entity manager");
        this.practice = Objects.requireNonNull(practice, "practice");
    }

    @Override
    public PracticeId practiceId() {
        return practice;
    }

    @Override
    public List<Provider> findAll() {
        return rows().stream().map(JpaPracticeRepository::provider).toList();
    }

    @Override
    public List<Provider> findActive() {
        return rows().stream().filter(p -> p.active != 0).map(JpaPracticeRepository::provider).toList();
    }

    @Override
    public Optional<Provider> find(UUID id) {
        return row(id).map(JpaPracticeRepository::provider);
    }

    @Override
    public Optional<Provider> findByNpi(Npi npi) {
        return rows().stream().filter(p -> p.npi.equals(npi.value())).findFirst().map(JpaPracticeRepository::provider);
    }

    @Override
    public SaveResult<Provider> add(Provider provider) {
        PracticeEntity owner = em.find(PracticeEntity.class, practice.toString());
        if (owner == null) {
            throw new OaCoreException("practice " + practice + " is not stored");
        }
        if (row(provider.id()).isPresent()) {
            return SaveResult.refused(RecordProblem.Code.ID_TAKEN, "provider.id", "This provider is already stored.");
        }
        if (npiTaken(provider)) {
            return npiTakenResult();
        }
        if (hoursElsewhere(owner, provider)) {
            return hoursElsewhereResult();
        }
        ProviderEntity row = new ProviderEntity();
        row.id = provider.id().toString();
        JpaPracticeRepository.copy(provider, row);
        owner.providers.add(row);
        em.flush();
        return new SaveResult.Saved<>(provider);
    }

    @Override
    public SaveResult<Provider> update(Provider provider) {
        Optional<ProviderEntity> row = row(provider.id());
        if (row.isEmpty()) {
            return SaveResult.refused(RecordProblem.Code.NOT_FOUND, "provider.id",
                    "This provider is not one of the practice's.");
        }
        if (npiTaken(provider)) {
            return npiTakenResult();
        }
        if (hoursElsewhere(em.find(PracticeEntity.class, practice.toString()), provider)) {
            return hoursElsewhereResult();
        }
        JpaPracticeRepository.copy(provider, row.get());
        em.flush();
        return new SaveResult.Saved<>(provider);
    }

    private boolean npiTaken(Provider provider) {
        String id = provider.id().toString();
        return rows().stream().anyMatch(p -> p.npi.equals(provider.npi().value()) && !p.id.equals(id));
    }

    /** Whether some of the provider's office hours are at a location that is not the practice's. */
    private static boolean hoursElsewhere(PracticeEntity owner, Provider provider) {
        java.util.Set<String> own = new java.util.HashSet<>();
        owner.locations.forEach(l -> own.add(l.id));
        return provider.officeHours().stream().anyMatch(h -> !own.contains(h.locationId().toString()));
    }

    private static SaveResult<Provider> hoursElsewhereResult() {
        return SaveResult.refused(RecordProblem.Code.UNKNOWN_LOCATION, "provider.officeHours",
                "Office hours must be at one of the practice's locations.");
    }

    private static SaveResult<Provider> npiTakenResult() {
        return SaveResult.refused(RecordProblem.Code.NPI_TAKEN, "provider.npi",
                "Another provider of the practice has this NPI.");
    }

    private Optional<ProviderEntity> row(UUID id) {
        String key = id.toString();
        return rows().stream().filter(p -> p.id.equals(key)).findFirst();
    }

    private List<ProviderEntity> rows() {
        PracticeEntity owner = em.find(PracticeEntity.class, practice.toString());
        return owner == null ? List.of() : owner.providers;
    }
}
