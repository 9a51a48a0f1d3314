package org.oa.core.practice;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.oa.core.identifier.Npi;

/**
 * The providers of one practice, maintained one by one (the same rows {@link PracticeRepository#find} returns in
 * {@link Practice#providers()}). Created for one practice: no method sees another practice's providers.
 * Implementations join the caller's transaction and are not thread-safe: one per unit of work.
 */
public interface ProviderRepository {

    /** The practice this repository works for. */
    PracticeId practiceId();

    /** All providers of the practice, active or not, in the order they were added. */
    List<Provider> findAll();

    /** The active providers, in the order they were added. */
    List<Provider> findActive();

    /** The practice's provider with this ID. */
    Optional<Provider> find(UUID id);

    /** The practice's provider with this individual NPI. */
    Optional<Provider> findByNpi(Npi npi);

    /**
     * Adds a provider with its office hours; refused with {@link RecordProblem.Code#NPI_TAKEN} when another provider
     * of the practice has the NPI, {@link RecordProblem.Code#ID_TAKEN} when the ID is stored,
     * {@link RecordProblem.Code#UNKNOWN_LOCATION} (field {@code provider.officeHours}) when office hours are at a
     * location that is not the practice's. Throws
     * {@link org.oa.core.OaCoreException} when the practice is not stored.
     */
    SaveResult<Provider> add(Provider provider);

    /**
     * Replaces a provider's details and office hours (also to deactivate it); refused with
     * {@link RecordProblem.Code#NOT_FOUND}, {@link RecordProblem.Code#NPI_TAKEN} or
     * {@link RecordProblem.Code#UNKNOWN_LOCATION}.
     */
    SaveResult<Provider> update(Provider provider);
}
