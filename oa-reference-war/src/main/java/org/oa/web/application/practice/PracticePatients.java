package org.oa.web.application.practice;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.CoverageId;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.CoverageRepository;
import org.oa.core.patient.DuplicateCheck;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientRecordListener;
import org.oa.core.patient.PatientRepository;
import org.oa.core.patient.PatientSearch;
import org.oa.core.payer.Payer;
import org.oa.core.payer.PayerList;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.SaveResult;
import org.oa.security.account.Portal;
import org.oa.web.application.Repositories;
import org.oa.web.application.audit.PatientDataAudit;
import org.oa.web.application.payer.PayerCatalog;

/**
 * The front desk's work on the practice's patients: open a patient with their coverages, register one (asking
 * for confirmation when a patient with the same name and birth date exists), change demographics or status, add,
 * change and end coverages. Every read and change goes through OA core's repositories with the audit listener, so
 * each is in the audit trail with the patient's ID. Refusals that the user can fix come back as
 * {@link SaveResult.Refused} with a field and a message; nothing is stored half-way.
 */
@ApplicationScoped
public class PracticePatients {

    @Inject
    Repositories repositories;

    @Inject
    PatientDataAudit audit;

    @Inject
    PayerCatalog payerCatalog;

    /**
     * Who works and where, for the audit trail: a signed-in user's account, portal and page, or an API caller
     * ({@link #api}: no account, no portal, the token in {@code page}).
     */
    public record Actor(String accountId, Portal portal, String page) {
        public Actor {
            Objects.requireNonNull(page, "page");
        }

        /** An API caller, named by its token's ID. */
        public static Actor api(String tokenId) {
            return new Actor(null, null, "API token " + tokenId);
        }
    }

    /**
     * Registers a patient with their coverages in one transaction: when a coverage is refused, nothing is stored
     * and the refusal comes back (the patient's ID then names nothing).
     */
    @Transactional
    public SaveResult<PatientRecord> registerWithCoverages(PracticeId practice, PatientRecord patient,
                                                           List<CoverageRecord> coverages, DuplicateCheck check,
                                                           Actor actor) {
        for (int i = 0; i < coverages.size(); i++) {
            for (int j = i + 1; j < coverages.size(); j++) {
                if (coverages.get(i).overlaps(coverages.get(j))) {
                    return new SaveResult.Refused<>(List.of(new org.oa.core.practice.RecordProblem(
                            org.oa.core.practice.RecordProblem.Code.COVERAGE_ORDER_OVERLAP,
                            "coverages[" + j + "].order", "Two coverages have the same order at the same time: give "
                            + "each its own order (primary, secondary, tertiary).")));
                }
            }
        }
        PatientRecordListener listener = listener(actor);
        SaveResult<PatientRecord> saved = repositories.patients(practice, listener).create(patient, check);
        if (!saved.isSaved()) {
            return saved;
        }
        CoverageRepository repository = repositories.coverages(practice, listener);
        for (CoverageRecord coverage : coverages) {
            SaveResult<CoverageRecord> added = repository.add(coverage);
            if (!added.isSaved()) {
                // Cannot happen after the check above for a new patient; roll back rather than keep half of it.
                throw new IllegalStateException("a coverage of a new patient was refused: "
                        + added.problems().get(0).code());
            }
        }
        return saved;
    }

    /**
     * A patient with their coverages, primary first then newest; {@code payerName} gives each coverage's payer as
     * the payer list names it.
     */
    public record PatientFile(PatientRecord patient, List<ShownCoverage> coverages) {
        public PatientFile {
            Objects.requireNonNull(patient, "patient");
            coverages = List.copyOf(coverages);
        }
    }

    /** A coverage and its payer's name (its ID when the payer list no longer has it). */
    public record ShownCoverage(CoverageRecord coverage, String payerName) {
    }

    /** The patient of the practice with {@code id}, with coverages; empty when the practice has no such patient. */
    @Transactional
    public Optional<PatientFile> open(PracticeId practice, PatientId id, Actor actor) {
        PatientRecordListener listener = listener(actor);
        Optional<PatientRecord> patient = repositories.patients(practice, listener).find(id);
        if (patient.isEmpty()) {
            return Optional.empty();
        }
        PayerList payers = payerCatalog.current();
        List<ShownCoverage> coverages = repositories.coverages(practice, listener).findByPatient(id).stream()
                .sorted(Comparator.comparing(CoverageRecord::priority)
                        .thenComparing(CoverageRecord::effectiveFrom, Comparator.nullsFirst(Comparator.reverseOrder())))
                .map(c -> new ShownCoverage(c, payers.find(c.payerId()).map(Payer::name)
                        .orElse(c.payerId().value())))
                .toList();
        return Optional.of(new PatientFile(patient.get(), coverages));
    }

    /** Registers a new patient; refused with POSSIBLE_DUPLICATE unless {@code check} is CONFIRMED. */
    @Transactional
    public SaveResult<PatientRecord> register(PracticeId practice, PatientRecord patient, DuplicateCheck check,
                                              Actor actor) {
        return repositories.patients(practice, listener(actor)).create(patient, check);
    }

    /** The patients that a new registration with this name and birth date could repeat (listed in the trail). */
    @Transactional
    public List<PatientRecord> possibleDuplicates(PracticeId practice, PatientRecord patient, Actor actor) {
        return repositories.patients(practice, listener(actor)).findPossibleDuplicates(patient.name(),
                patient.birthDate());
    }

    /** Stores changed demographics or status; refused with CHANGED_SINCE_READ when someone changed it meanwhile. */
    @Transactional
    public SaveResult<PatientRecord> update(PracticeId practice, PatientRecord patient, Actor actor) {
        return repositories.patients(practice, listener(actor)).update(patient);
    }

    /** A free account number for a new patient: {@code prefix} and the next number not taken. */
    @Transactional
    public AccountNumber nextAccountNumber(PracticeId practice, String prefix) {
        // Reads no record for anyone to see: nothing for the audit trail.
        PatientRepository patients = repositories.patients(practice, event -> { });
        long n = patients.search(PatientSearch.everyone().page(0, 1)).total() + 1;
        while (true) {
            AccountNumber candidate = AccountNumber.of(String.format("%s%04d", prefix, n));
            if (patients.findByAccountNumber(candidate).isEmpty()) {
                return candidate;
            }
            n++;
        }
    }

    /** Adds a coverage; refused with COVERAGE_ORDER_OVERLAP when another of the same order is in effect then. */
    @Transactional
    public SaveResult<CoverageRecord> addCoverage(PracticeId practice, CoverageRecord coverage, Actor actor) {
        return repositories.coverages(practice, listener(actor)).add(coverage);
    }

    /** Stores a changed coverage (for example its last day, when the patient changed plans). */
    @Transactional
    public SaveResult<CoverageRecord> updateCoverage(PracticeId practice, CoverageRecord coverage, Actor actor) {
        return repositories.coverages(practice, listener(actor)).update(coverage);
    }

    /** The coverage of the practice's patient with {@code id}, or empty. */
    @Transactional
    public Optional<CoverageRecord> coverage(PracticeId practice, CoverageId id, Actor actor) {
        CoverageRepository coverages = repositories.coverages(practice, listener(actor));
        return coverages.find(id);
    }

    /** Whether the payer list has this payer. */
    public boolean knownPayer(org.oa.core.identifier.PayerId payer) {
        return payerCatalog.current().find(payer).isPresent();
    }

    private PatientRecordListener listener(Actor actor) {
        return audit.listener(actor.accountId(), actor.portal(), actor.page());
    }
}
