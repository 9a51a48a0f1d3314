package org.oa.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ClaimOrder;
import org.oa.core.claim.ClaimPage;
import org.oa.core.claim.ClaimRepository;
import org.oa.core.claim.ClaimSearch;
import org.oa.core.claim.SampleClaims;
import org.oa.core.claim.ServiceLine;
import org.oa.core.claim.StoredClaim;
import org.oa.core.edit.EditContext;
import org.oa.core.edit.EditFailure;
import org.oa.core.edit.FrontEndEdits;
import org.oa.core.edit.Severity;
import org.oa.core.identifier.Npi;
import org.oa.core.identifier.PayerId;
import org.oa.core.identifier.TaxId;
import org.oa.core.lifecycle.ClaimLifecycle;
import org.oa.core.lifecycle.ClaimStatus;
import org.oa.core.lifecycle.StatusChange;
import org.oa.core.patient.Patient;
import org.oa.core.payer.Enrollment;
import org.oa.core.payer.EnrollmentRepository;
import org.oa.core.payer.EnrollmentStatus;
import org.oa.core.payer.MemberIdFormat;
import org.oa.core.payer.Payer;
import org.oa.core.payer.PayerRepository;
import org.oa.core.payer.TransactionType;
import org.oa.core.practice.Location;
import org.oa.core.remittance.Adjustment;
import org.oa.core.remittance.AdjustmentGroup;
import org.oa.core.remittance.ClaimPayment;
import org.oa.core.remittance.ClaimPaymentStatus;
import org.oa.core.remittance.Remittance;
import org.oa.core.remittance.RemittancePosting;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.submission.ClaimIntake;
import org.oa.core.submission.FileContent;
import org.oa.core.submission.FileSummaryReport;
import org.oa.core.submission.SubmissionChannel;
import org.oa.core.submission.SubmissionFile;
import org.oa.core.submission.SubmissionFileId;
import org.oa.core.submission.SubmissionFileRepository;
import org.oa.core.submission.SubmissionFileStatus;

/**
 * What every database must do for the claims domain; run on Derby and PostgreSQL by subclasses. Each test
 * creates its own practices (random IDs) and payers (random IDs), so test classes can share one server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClaimsPersistenceContract {

    private static final Instant T0 = Instant.parse("2026-06-15T09:30:00.123456Z");

    private EntityManagerFactory factory;

    /** The database to test, or null when it is not available (then every test is skipped). */
    abstract DataSource openDataSource();

    /** Why the tests are skipped when {@link #openDataSource()} returns null. */
    String unavailableReason() {
        return "database not available";
    }

    @BeforeAll
    void open() {
        DataSource dataSource = openDataSource();
        if (dataSource != null) {
            CorePersistence.migrate(dataSource);
            factory = CorePersistence.createEntityManagerFactory(dataSource);
        }
    }

    @BeforeEach
    void requireDatabase() {
        Assumptions.assumeTrue(factory != null, this::unavailableReason);
    }

    @AfterAll
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    private PracticeId newPractice() {
        PracticeId id = PracticeId.random();
        run(em -> CorePersistence.practices(em).add(new Practice(id, "Practice " + id, new TaxId("123456789"),
                new Npi("1234567893"), List.of(new Location(UUID.randomUUID(), "Main", "100 Main Street",
                "Columbus", "OH", "432151234", null)), List.of())));
        return id;
    }

    private static Claim claimOf(PracticeId practice, String pcn) {
        return SampleClaims.professional().id(ClaimId.random()).practiceId(practice).patientControlNumber(pcn)
                .build();
    }

    private static ClaimLifecycle received(Claim claim) {
        return ClaimLifecycle.received(claim.id(), T0, "front-end-edits", "file");
    }

    private PayerId newPayer() {
        PayerId id = PayerId.of("T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        run(em -> CoreRepositories.payers(em).save(new Payer(id, "Test Plan " + id, Set.of(TransactionType.CLAIM_837P,
                TransactionType.REMITTANCE_835), Set.of(TransactionType.CLAIM_837P), "test", MemberIdFormat.ANY, 90)));
        return id;
    }

    @Test
    void storesAndReloadsProfessionalAndInstitutionalClaimsExactly() {
        PracticeId practice = newPractice();
        Claim professional = claimOf(practice, "P-1");
        Claim institutional = SampleClaims.institutional().id(ClaimId.random()).practiceId(practice)
                .admissionDate(LocalDate.of(2026, 5, 30)).build();
        Claim odd = professional.toBuilder().id(ClaimId.random()).serviceLine(0,
                professional.serviceLines().get(0).toBuilder().modifiers("2 5", "", "%x", "LT").units(
                        new BigDecimal("1.250")).build()).build();
        run(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            claims.add(professional, received(professional), null);
            claims.add(institutional, received(institutional), null);
            claims.add(odd, received(odd), null);
        });
        inTransaction(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            assertThat(claims.find(professional.id()).orElseThrow().claim()).isEqualTo(professional);
            assertThat(claims.find(institutional.id()).orElseThrow().claim()).isEqualTo(institutional);
            assertThat(claims.find(odd.id()).orElseThrow().claim()).isEqualTo(odd);
            assertThat(claims.find(professional.id()).orElseThrow().lifecycle()).isEqualTo(received(professional));
            return null;
        });
    }

    @Test
    void recordsEveryStatusChangeAndFindsClaimsByStatus() {
        PracticeId practice = newPractice();
        Claim claim = claimOf(practice, "S-1");
        ClaimLifecycle rejected = received(claim).moveOrThrow(ClaimStatus.REJECTED, T0.plusSeconds(1),
                "front-end-edits", "front-end edits: BILLING_NPI");
        run(em -> CoreRepositories.claims(em, practice).add(claim, rejected, null));
        ClaimLifecycle corrected = rejected.moveOrThrow(ClaimStatus.CORRECTED, T0.plusSeconds(60), "biller.kim",
                "Claim Fix").moveOrThrow(ClaimStatus.ACCEPTED, T0.plusSeconds(61), "front-end-edits", "");
        Claim fixed = claim.toBuilder().serviceLines(List.of(claim.serviceLines().get(0))).totalChargeFromLines()
                .build();
        run(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            assertThat(claims.replace(fixed)).isTrue();
            assertThat(claims.updateLifecycle(corrected)).isTrue();
        });
        inTransaction(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            StoredClaim stored = claims.find(claim.id()).orElseThrow();
            assertThat(stored.lifecycle()).isEqualTo(corrected);
            assertThat(stored.claim()).isEqualTo(fixed);
            assertThat(claims.findByStatus(ClaimStatus.ACCEPTED, 10)).extracting(s -> s.claim().id())
                    .containsExactly(claim.id());
            assertThat(claims.findByStatus(ClaimStatus.REJECTED, 10)).isEmpty();
            assertThat(claims.findByPatientControlNumber("S-1")).hasSize(1);
            return null;
        });
    }

    @Test
    void keepsFilesAndTheirClaimsInFileOrder() {
        PracticeId practice = newPractice();
        SubmissionFile file = SubmissionFile.received(practice, "batch.837", SubmissionChannel.SFTP, T0, 4096);
        Claim first = claimOf(practice, "F-1");
        Claim second = claimOf(practice, "F-2");
        run(em -> {
            CoreRepositories.submissionFiles(em, practice).add(file);
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            claims.add(first, received(first), file.id());
            claims.add(second, received(second), file.id());
            assertThat(CoreRepositories.submissionFiles(em, practice).update(file.processed())).isTrue();
        });
        inTransaction(em -> {
            SubmissionFileRepository files = CoreRepositories.submissionFiles(em, practice);
            assertThat(files.find(file.id())).contains(file.processed());
            assertThat(files.findRecent(5)).containsExactly(file.processed());
            assertThat(CoreRepositories.claims(em, practice).findBySubmissionFile(file.id()))
                    .extracting(s -> s.claim().patientControlNumber()).containsExactly("F-1", "F-2");
            return null;
        });
    }

    @Test
    void storesAWholeFileWithAddAllExactlyAsAddDoesOneByOne() {
        PracticeId practice = newPractice();
        SubmissionFile file = SubmissionFile.received(practice, "bulk.837", SubmissionChannel.SFTP, T0, 4096);
        Claim first = claimOf(practice, "B-1");
        Claim professional = claimOf(practice, "B-2");
        Claim institutional = SampleClaims.institutional().id(ClaimId.random()).practiceId(practice)
                .admissionDate(LocalDate.of(2026, 5, 30)).onsetDate(LocalDate.of(2026, 5, 1))
                .accidentDate(LocalDate.of(2026, 4, 30)).build();
        Claim odd = professional.toBuilder().id(ClaimId.random()).patientControlNumber("B-4").serviceLine(0,
                professional.serviceLines().get(0).toBuilder().modifiers("2 5", "", "%x", "LT").units(
                        new BigDecimal("1.250")).build()).build();
        Claim replacement = professional.toBuilder().id(ClaimId.random()).patientControlNumber("B-5")
                .frequency(org.oa.core.claim.ClaimFrequency.REPLACEMENT).originalClaimNumber("PCCN-9").build();
        ClaimLifecycle rejected = received(odd).moveOrThrow(ClaimStatus.REJECTED, T0.plusSeconds(1),
                ClaimIntake.ACTOR, "front-end edits: TOTAL_CHARGE");
        ClaimLifecycle linked = new ClaimLifecycle(replacement.id(), org.oa.core.claim.ClaimFrequency.REPLACEMENT,
                first.id(), received(replacement).history());
        List<ClaimRepository.NewClaim> rest = List.of(new ClaimRepository.NewClaim(professional,
                received(professional)), new ClaimRepository.NewClaim(institutional, received(institutional)),
                new ClaimRepository.NewClaim(odd, rejected), new ClaimRepository.NewClaim(replacement, linked));
        run(em -> {
            CoreRepositories.submissionFiles(em, practice).add(file);
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            claims.add(first, received(first), file.id());
            claims.addAll(rest, file.id());
            // Readable and changeable in the same transaction.
            assertThat(claims.findBySubmissionFile(file.id())).hasSize(5);
            assertThat(claims.updateLifecycle(received(professional).moveOrThrow(ClaimStatus.ACCEPTED,
                    T0.plusSeconds(2), ClaimIntake.ACTOR, ""))).isTrue();
        });
        run(em -> CoreRepositories.claims(em, practice).addAll(List.of(), file.id()));
        Claim later = claimOf(practice, "B-6");
        run(em -> CoreRepositories.claims(em, practice).addAll(List.of(new ClaimRepository.NewClaim(later,
                received(later))), file.id()));
        inTransaction(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            assertThat(claims.findBySubmissionFile(file.id())).extracting(c -> c.claim().patientControlNumber())
                    .as("file order continues across add, addAll and transactions")
                    .containsExactly("B-1", "B-2", institutional.patientControlNumber(), "B-4", "B-5", "B-6");
            assertThat(claims.find(professional.id()).orElseThrow()).isEqualTo(new StoredClaim(professional,
                    received(professional).moveOrThrow(ClaimStatus.ACCEPTED, T0.plusSeconds(2), ClaimIntake.ACTOR,
                            ""), file.id(), null));
            assertThat(claims.find(institutional.id()).orElseThrow())
                    .isEqualTo(new StoredClaim(institutional, received(institutional), file.id(), null));
            assertThat(claims.find(odd.id()).orElseThrow()).isEqualTo(new StoredClaim(odd, rejected, file.id(), null));
            assertThat(claims.find(replacement.id()).orElseThrow())
                    .isEqualTo(new StoredClaim(replacement, linked, file.id(), null));
            assertThat(claims.findByStatus(ClaimStatus.REJECTED, 10)).extracting(c -> c.claim().id())
                    .containsExactly(odd.id());
            assertThat(claims.findByPatientControlNumber("B-5")).hasSize(1);
            assertThat(claims.history().findOtherClaimWith(ClaimHistoryKeys.of(professional), ClaimId.random()))
                    .isNotNull();
            return null;
        });
    }

    @Test
    void aFileWhoseClaimsCannotAllBeStoredLeavesNothing() {
        PracticeId practice = newPractice();
        SubmissionFile file = SubmissionFile.received(practice, "broken.837", SubmissionChannel.SFTP, T0, 4096);
        Claim good = claimOf(practice, "X-1");
        Claim sameId = claimOf(practice, "X-2").toBuilder().id(good.id()).build();
        assertThatThrownBy(() -> run(em -> {
            CoreRepositories.submissionFiles(em, practice).add(file);
            CoreRepositories.claims(em, practice).addAll(List.of(new ClaimRepository.NewClaim(good, received(good)),
                    new ClaimRepository.NewClaim(sameId, received(sameId))), file.id());
        })).isInstanceOf(RuntimeException.class)
                .satisfies(e -> assertThat(e.toString()).as("no PHI in the failure")
                        .doesNotContain(good.patient().firstName(), good.patient().lastName(),
                                good.subscriber().memberId()));
        inTransaction(em -> {
            assertThat(CoreRepositories.submissionFiles(em, practice).find(file.id())).isEmpty();
            assertThat(CoreRepositories.claims(em, practice).find(good.id())).isEmpty();
            assertThat(CoreRepositories.claims(em, practice).countByStatus()).isEmpty();
            return null;
        });
        // A caller that catches the failure cannot commit the claims stored before it.
        Claim other = claimOf(practice, "X-3");
        assertThatThrownBy(() -> run(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            try {
                claims.addAll(List.of(new ClaimRepository.NewClaim(other, received(other)),
                        new ClaimRepository.NewClaim(sameId, received(sameId)),
                        new ClaimRepository.NewClaim(good, received(good))), null);
            } catch (RuntimeException expected) {
                // carry on and commit
            }
        })).isInstanceOf(RuntimeException.class);
        inTransaction(em -> {
            assertThat(CoreRepositories.claims(em, practice).find(other.id())).isEmpty();
            return null;
        });
    }

    @Test
    void storesPayersAndThePracticesEnrollmentsWithThem() {
        PracticeId practice = newPractice();
        PayerId payer = newPayer();
        Enrollment requested = new Enrollment(practice, payer, TransactionType.CLAIM_837P,
                EnrollmentStatus.REQUESTED, LocalDate.of(2026, 1, 5), "");
        run(em -> CoreRepositories.enrollments(em, practice).save(requested));
        Enrollment approved = requested.withStatus(EnrollmentStatus.APPROVED, LocalDate.of(2026, 1, 20), "ok");
        run(em -> CoreRepositories.enrollments(em, practice).save(approved));
        inTransaction(em -> {
            PayerRepository payers = CoreRepositories.payers(em);
            assertThat(payers.find(payer).orElseThrow().requiresEnrollment(TransactionType.CLAIM_837P)).isTrue();
            assertThat(payers.toPayerList().find(payer)).isPresent();
            EnrollmentRepository enrollments = CoreRepositories.enrollments(em, practice);
            assertThat(enrollments.findAll()).containsExactly(approved);
            assertThat(enrollments.toEnrollments().status(payer, TransactionType.CLAIM_837P))
                    .isEqualTo(EnrollmentStatus.APPROVED);
            return null;
        });
    }

    @Test
    void findsADuplicateThroughTheRepositoryHistoryOnlyWithinThePractice() {
        PracticeId practice = newPractice();
        PracticeId other = newPractice();
        Claim sent = claimOf(practice, "D-1");
        Claim othersClaim = claimOf(other, "D-1");
        run(em -> {
            CoreRepositories.claims(em, practice).add(sent, received(sent)
                    .moveOrThrow(ClaimStatus.ACCEPTED, T0, "e", ""), null);
            CoreRepositories.claims(em, other).add(othersClaim, received(othersClaim)
                    .moveOrThrow(ClaimStatus.ACCEPTED, T0, "e", ""), null);
        });
        Claim again = claimOf(practice, "D-2");
        Claim againForOther = claimOf(PracticeId.random(), "D-3");
        inTransaction(em -> {
            EditContext context = new EditContext(SampleClaims.CLOCK, SampleClaims.PAYERS,
                    CoreRepositories.enrollments(em, practice).toEnrollments(),
                    CoreRepositories.claims(em, practice).history());
            assertThat(FrontEndEdits.standard().run(again, context)).extracting(EditFailure::code)
                    .contains("DUPLICATE_CLAIM");
            assertThat(FrontEndEdits.standard().run(sent, context)).extracting(EditFailure::code)
                    .doesNotContain("DUPLICATE_CLAIM");
            assertThat(againForOther.practiceId()).isNotEqualTo(practice);

            // Preloaded for a file's services: the same answers, and services not preloaded still answered.
            org.oa.core.edit.ClaimHistory history = CoreRepositories.claims(em, practice).history();
            org.oa.core.edit.ClaimHistory.ServiceKey key = ClaimHistoryKeys.of(again);
            org.oa.core.edit.ClaimHistory preloaded = history.forKeys(List.of(key));
            assertThat(preloaded.findOtherClaimWith(key, again.id())).isEqualTo(sent.id());
            assertThat(preloaded.findOtherClaimWith(key, sent.id())).isNull();
            assertThat(CoreRepositories.claims(em, other).history().forKeys(List.of(key))
                    .findOtherClaimWith(key, again.id())).as("each practice sees only its own claims")
                    .isEqualTo(othersClaim.id());
            org.oa.core.edit.ClaimHistory.ServiceKey notPreloaded = new org.oa.core.edit.ClaimHistory.ServiceKey(
                    key.patientId(), key.serviceDate(), key.procedureCode(), key.charge());
            assertThat(history.forKeys(List.of()).findOtherClaimWith(notPreloaded, again.id())).isEqualTo(sent.id());
            return null;
        });
    }

    @Test
    void storesTheOutcomeOfAFileAndLetsClaimFixCorrectARejectedClaim() {
        PracticeId practice = newPractice();
        SubmissionFile file = SubmissionFile.received(practice, "upload.837", SubmissionChannel.UPLOAD, T0, 900);
        Claim good = claimOf(practice, "I-1");
        Claim bad = claimOf(practice, "I-2").toBuilder().totalCharge("1.00").build();
        ClaimIntake intake = new ClaimIntake(FrontEndEdits.standard(), (p, number) -> null);
        ClaimIntake.IntakeResult result = inTransaction(em -> {
            EditContext context = new EditContext(SampleClaims.CLOCK, SampleClaims.PAYERS,
                    CoreRepositories.enrollments(em, practice).toEnrollments(),
                    CoreRepositories.claims(em, practice).history());
            ClaimIntake.IntakeResult r = intake.take(file, new FileContent.Readable(List.of(good, bad)), context, T0);
            CoreRepositories.submissionFiles(em, practice).add(r.file());
            for (ClaimIntake.IntakeClaim c : r.claims()) {
                CoreRepositories.claims(em, practice).add(c.claim(), c.lifecycle(), r.file().id());
            }
            return r;
        });
        assertThat(result.report().rejectedCount()).isEqualTo(1);

        run(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            StoredClaim rejected = claims.findByStatus(ClaimStatus.REJECTED, 10).get(0);
            Claim fixed = rejected.claim().toBuilder().totalChargeFromLines().build();
            ClaimLifecycle lifecycle = rejected.lifecycle()
                    .moveOrThrow(ClaimStatus.CORRECTED, T0.plusSeconds(300), "biller.kim", "Claim Fix: total")
                    .moveOrThrow(ClaimStatus.ACCEPTED, T0.plusSeconds(301), ClaimIntake.ACTOR, "");
            assertThat(claims.replace(fixed)).isTrue();
            assertThat(claims.updateLifecycle(lifecycle)).isTrue();
        });
        inTransaction(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            assertThat(claims.findBySubmissionFile(file.id())).extracting(c -> c.lifecycle().status())
                    .containsExactly(ClaimStatus.ACCEPTED, ClaimStatus.ACCEPTED);
            assertThat(claims.find(bad.id()).orElseThrow().lifecycle().history()).extracting(StatusChange::actor)
                    .containsExactly(ClaimIntake.ACTOR, ClaimIntake.ACTOR, "biller.kim", ClaimIntake.ACTOR);
            assertThat(CoreRepositories.submissionFiles(em, practice).find(file.id()).orElseThrow().status())
                    .isEqualTo(SubmissionFileStatus.PROCESSED);
            return null;
        });
    }

    @Test
    void storesTheFileSummaryReportAndRecognisesAnInterchangeSentTwice() {
        PracticeId practice = newPractice();
        SubmissionFile file = SubmissionFile.received(practice, "report.837", SubmissionChannel.SFTP, T0, 900);
        Claim good = claimOf(practice, "R-1");
        EditFailure missing = new EditFailure("SUBSCRIBER_MISSING", Severity.ERROR, "2010BA NM1",
                "The claim has no subscriber.", "Add the subscriber in your billing software.");
        ClaimIntake intake = new ClaimIntake(FrontEndEdits.standard(), (p, number) -> null);
        FileSummaryReport report = inTransaction(em -> {
            EditContext context = new EditContext(SampleClaims.CLOCK, SampleClaims.PAYERS,
                    CoreRepositories.enrollments(em, practice).toEnrollments(),
                    CoreRepositories.claims(em, practice).history());
            ClaimIntake.IntakeResult r = intake.take(file, new FileContent.Readable(List.of(good), Map.of(),
                    List.of(new FileContent.UnreadClaim(0, "R-0", new BigDecimal("12.34"), List.of(missing)))),
                    context, T0);
            SubmissionFileRepository files = CoreRepositories.submissionFiles(em, practice);
            files.add(r.file());
            for (ClaimIntake.IntakeClaim c : r.claims()) {
                CoreRepositories.claims(em, practice).add(c.claim(), c.lifecycle(), r.file().id());
            }
            assertThat(files.saveReport(r.report())).isTrue();
            files.recordInterchange(file.id(), "SENDER01", "000000417");
            return r.report();
        });

        inTransaction(em -> {
            SubmissionFileRepository files = CoreRepositories.submissionFiles(em, practice);
            FileSummaryReport stored = files.findReport(file.id()).orElseThrow();
            assertThat(stored).isEqualTo(report);
            assertThat(stored.claims().get(0).stored()).isFalse();
            assertThat(stored.claims().get(0).failures()).containsExactly(missing);
            assertThat(stored.claims().get(1).claimId()).isEqualTo(good.id());
            assertThat(files.countClaims(List.of(file.id(), SubmissionFileId.random())))
                    .containsExactly(Map.entry(file.id(), new FileSummaryReport.Counts(1, 1)));
            assertThat(files.findByInterchange("SENDER01", "000000417")).contains(file.id());
            assertThat(files.findByInterchange("SENDER01", "000000418")).isEmpty();
            assertThat(CoreRepositories.submissionFiles(em, newPractice()).findByInterchange("SENDER01", "000000417"))
                    .isEmpty();
            return null;
        });
        SubmissionFile again = SubmissionFile.received(practice, "report-again.837", SubmissionChannel.SFTP, T0, 900);
        assertThatThrownBy(() -> run(em -> {
            SubmissionFileRepository files = CoreRepositories.submissionFiles(em, practice);
            files.add(again);
            files.recordInterchange(again.id(), "SENDER01", "000000417");
        })).isInstanceOf(RuntimeException.class);
        inTransaction(em -> {
            SubmissionFileRepository files = CoreRepositories.submissionFiles(em, practice);
            assertThat(files.find(again.id())).as("the losing transaction left nothing").isEmpty();
            SubmissionFile duplicate = again.duplicate("same interchange as file " + file.id());
            files.add(duplicate);
            assertThat(files.findReport(again.id()).orElseThrow().failureReason()).contains(file.id().toString());
            return null;
        });
    }

    @Test
    void searchesThePracticesClaimsByNameNumberStatusPayerAndDates() {
        PracticeId practice = newPractice();
        PracticeId other = newPractice();
        Claim first = claimOf(practice, "FIND-100");
        Claim second = claimOf(practice, "FIND-200").toBuilder().serviceLines(List.of(claimOf(practice, "x")
                .serviceLines().get(0).toBuilder().serviceDate(LocalDate.of(2026, 3, 2)).build()))
                .totalChargeFromLines().build();
        Claim foreign = claimOf(other, "FIND-100");
        run(em -> {
            CoreRepositories.claims(em, practice).add(first, received(first), null);
            CoreRepositories.claims(em, practice).add(second, received(second)
                    .moveOrThrow(ClaimStatus.REJECTED, T0, "edits", "x"), null);
            CoreRepositories.claims(em, other).add(foreign, received(foreign), null);
        });
        inTransaction(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            ClaimSearch all = ClaimSearch.receivedWithin(T0.plusSeconds(60), 90);
            assertThat(claims.search(all, 10)).hasSize(2);
            String lastName = first.patient().lastName();
            assertThat(claims.search(with(all, null, lastName.substring(1, 4).toUpperCase(), null, null), 10))
                    .hasSize(2);
            assertThat(claims.search(with(all, null, "find-1", null, null), 10))
                    .extracting(c -> c.claim().id()).containsExactly(first.id());
            assertThat(claims.search(with(all, null, second.id().toString(), null, null), 10))
                    .extracting(c -> c.claim().id()).containsExactly(second.id());
            assertThat(claims.search(with(all, ClaimStatus.REJECTED, "", null, null), 10))
                    .extracting(c -> c.claim().id()).containsExactly(second.id());
            assertThat(claims.search(with(all, null, "", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)), 10))
                    .extracting(c -> c.claim().id()).containsExactly(second.id());
            assertThat(claims.search(new ClaimSearch(T0.plusSeconds(10), T0.plusSeconds(20), null, "", null, null,
                    null), 10)).isEmpty();
            assertThat(claims.search(all, 1)).hasSize(1);
            assertThat(claims.countByStatus()).containsEntry(ClaimStatus.RECEIVED, 1L)
                    .containsEntry(ClaimStatus.REJECTED, 1L).hasSize(2);
            return null;
        });
    }

    @Test
    void pagesThroughThePracticesClaimsInAnyOrderWithExactTotals() {
        PracticeId practice = newPractice();
        PracticeId other = newPractice();
        List<Claim> claims = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Claim base = claimOf(practice, "PAGE-" + i);
            Claim c = base.toBuilder().patient(new Patient(base.patient().id(), "Ann" + i, "Zed" + (6 - i),
                    base.patient().birthDate(), base.patient().sex(), base.patient().address()))
                    .serviceLines(List.of(base.serviceLines().get(0).toBuilder()
                            .serviceDate(LocalDate.of(2026, 3, 1 + i)).charge(new BigDecimal(100 + i)).build()))
                    .totalChargeFromLines().build();
            claims.add(c);
        }
        Claim foreign = claimOf(other, "PAGE-X");
        run(em -> {
            for (int i = 0; i < claims.size(); i++) {
                Claim c = claims.get(i);
                CoreRepositories.claims(em, practice).add(c, ClaimLifecycle.received(c.id(), T0.plusSeconds(i),
                        "front-end-edits", "file"), null);
            }
            CoreRepositories.claims(em, other).add(foreign, received(foreign), null);
        });
        inTransaction(em -> {
            ClaimRepository repository = CoreRepositories.claims(em, practice);
            ClaimSearch all = ClaimSearch.receivedWithin(T0.plusSeconds(60), 90);
            ClaimPage first = repository.page(all, ClaimOrder.NEWEST_FIRST, 0, 3);
            assertThat(first.total()).as("the other practice's claim is not counted").isEqualTo(7);
            assertThat(first.claims()).extracting(c -> c.claim().patientControlNumber())
                    .containsExactly("PAGE-6", "PAGE-5", "PAGE-4");
            assertThat(first.hasNext()).isTrue();
            ClaimPage last = repository.page(all, ClaimOrder.NEWEST_FIRST, 6, 3);
            assertThat(last.claims()).extracting(c -> c.claim().patientControlNumber()).containsExactly("PAGE-0");
            assertThat(last.hasNext()).isFalse();
            assertThat(repository.page(all, ClaimOrder.NEWEST_FIRST, 20, 3).claims()).isEmpty();

            assertThat(repository.page(all, new ClaimOrder(ClaimOrder.Column.PATIENT, true), 0, 2).claims())
                    .extracting(c -> c.claim().patient().lastName()).containsExactly("Zed0", "Zed1");
            assertThat(repository.page(all, new ClaimOrder(ClaimOrder.Column.CHARGE, false), 0, 1).claims())
                    .extracting(c -> c.claim().patientControlNumber()).containsExactly("PAGE-6");
            assertThat(repository.page(all, new ClaimOrder(ClaimOrder.Column.PATIENT_CONTROL_NUMBER, true), 0, 1)
                    .claims()).extracting(c -> c.claim().patientControlNumber()).containsExactly("PAGE-0");
            for (ClaimOrder.Column column : ClaimOrder.Column.values()) {
                List<ClaimId> seen = new java.util.ArrayList<>();
                for (int offset = 0; offset < 7; offset += 2) {
                    repository.page(all, new ClaimOrder(column, true), offset, 2).claims()
                            .forEach(c -> seen.add(c.claim().id()));
                }
                assertThat(seen).as("paging by " + column + " shows each claim once")
                        .containsExactlyInAnyOrderElementsOf(claims.stream().map(Claim::id).toList());
            }

            ClaimPage march3to4 = repository.page(with(all, null, "", LocalDate.of(2026, 3, 3),
                    LocalDate.of(2026, 3, 4)), ClaimOrder.NEWEST_FIRST, 0, 1);
            assertThat(march3to4.total()).as("service dates are counted by the database").isEqualTo(2);
            assertThat(march3to4.claims()).extracting(c -> c.claim().patientControlNumber())
                    .containsExactly("PAGE-3");
            assertThat(repository.page(with(all, null, "", LocalDate.of(2026, 3, 6), null), ClaimOrder.NEWEST_FIRST,
                    0, 10).total()).isEqualTo(2);
            assertThat(repository.page(with(all, null, "", null, LocalDate.of(2026, 3, 1)), ClaimOrder.NEWEST_FIRST,
                    0, 10).total()).isEqualTo(1);
            assertThatThrownBy(() -> repository.page(all, ClaimOrder.NEWEST_FIRST, -1, 10))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> repository.page(all, ClaimOrder.NEWEST_FIRST, 0, 0))
                    .isInstanceOf(IllegalArgumentException.class);
            return null;
        });
    }

    private static ClaimSearch with(ClaimSearch base, ClaimStatus status, String text, LocalDate from, LocalDate to) {
        return new ClaimSearch(base.receivedFrom(), base.receivedTo(), status, text, null, from, to);
    }

    @Test
    void linksAReplacementToTheOriginalByThePayersClaimNumber() {
        PracticeId practice = newPractice();
        Claim original = claimOf(practice, "R-1");
        run(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            claims.add(original, received(original).moveOrThrow(ClaimStatus.ACCEPTED, T0, "e", ""), null);
            assertThat(claims.recordPayerClaimNumber(original.id(), "PCCN-" + practice)).isTrue();
        });
        Claim replacement = original.toBuilder().id(ClaimId.random())
                .frequency(org.oa.core.claim.ClaimFrequency.REPLACEMENT)
                .originalClaimNumber("PCCN-" + practice).build();
        ClaimIntake.IntakeClaim taken = inTransaction(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            EditContext context = new EditContext(SampleClaims.CLOCK, SampleClaims.PAYERS,
                    CoreRepositories.enrollments(em, practice).toEnrollments(), claims.history());
            ClaimIntake.IntakeClaim c = new ClaimIntake(FrontEndEdits.standard(), claims.originalClaims())
                    .take(SubmissionFile.received(practice, "r.837", SubmissionChannel.API, T0, 1),
                            new FileContent.Readable(List.of(replacement)), context, T0).claims().get(0);
            claims.add(c.claim(), c.lifecycle(), null);
            return c;
        });
        assertThat(taken.lifecycle().originalClaim()).isEqualTo(original.id());
        assertThat(taken.lifecycle().status()).isEqualTo(ClaimStatus.ACCEPTED);
        inTransaction(em -> {
            StoredClaim stored = CoreRepositories.claims(em, practice).find(replacement.id()).orElseThrow();
            assertThat(stored.lifecycle().originalClaim()).isEqualTo(original.id());
            assertThat(CoreRepositories.claims(em, practice).find(original.id()).orElseThrow().payerClaimNumber())
                    .isEqualTo("PCCN-" + practice);
            return null;
        });
    }

    @Test
    void postsARemittanceToTheClaimsWithThePayer() {
        PracticeId practice = newPractice();
        Claim sent = claimOf(practice, "ERA-1");
        Claim rejected = claimOf(practice, "ERA-2");
        run(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, practice);
            claims.add(sent, received(sent).moveOrThrow(ClaimStatus.ACCEPTED, T0, "e", "")
                    .moveOrThrow(ClaimStatus.SENT_TO_PAYER, T0, "batch", ""), null);
            claims.add(rejected, received(rejected).moveOrThrow(ClaimStatus.REJECTED, T0, "e", ""), null);
        });
        Remittance era = new Remittance(practice, PayerId.of("SIM01"), "EFT-9", LocalDate.of(2026, 7, 1),
                new BigDecimal("150.00"), List.of(
                        new ClaimPayment("ERA-1", ClaimPaymentStatus.PROCESSED_AS_PRIMARY, new BigDecimal("200.00"),
                                new BigDecimal("150.00"), new BigDecimal("0.00"), "SIMCCN1",
                                List.of(new Adjustment(AdjustmentGroup.CO, "45", new BigDecimal("50.00"))),
                                List.of(), List.of()),
                        new ClaimPayment("ERA-2", ClaimPaymentStatus.DENIED, new BigDecimal("200.00"),
                                new BigDecimal("0.00"), new BigDecimal("0.00"), "SIMCCN2", List.of(), List.of(),
                                List.of())), List.of());
        RemittancePosting.Result result = inTransaction(em -> new RemittancePosting()
                .post(era, CoreRepositories.claims(em, practice), T0.plusSeconds(86_400)));
        assertThat(result.posted()).containsExactly(sent.id());
        assertThat(result.unmatched()).extracting(ClaimPayment::patientControlNumber).containsExactly("ERA-2");
        inTransaction(em -> {
            StoredClaim paid = CoreRepositories.claims(em, practice).find(sent.id()).orElseThrow();
            assertThat(paid.lifecycle().status()).isEqualTo(ClaimStatus.PAID);
            assertThat(paid.payerClaimNumber()).isEqualTo("SIMCCN1");
            assertThat(paid.lifecycle().lastChange().actor()).isEqualTo(RemittancePosting.ACTOR);
            return null;
        });
    }

    @Test
    void neverShowsOrChangesAnotherPracticesRows() {
        PracticeId mine = newPractice();
        PracticeId theirs = newPractice();
        PayerId payer = newPayer();
        Claim theirClaim = claimOf(theirs, "SAME-PCN");
        SubmissionFile theirFile = SubmissionFile.received(theirs, "theirs.837", SubmissionChannel.API, T0, 1);
        run(em -> {
            CoreRepositories.submissionFiles(em, theirs).add(theirFile);
            CoreRepositories.claims(em, theirs).add(theirClaim, received(theirClaim), theirFile.id());
            CoreRepositories.claims(em, theirs).recordPayerClaimNumber(theirClaim.id(), "THEIR-PCCN");
            CoreRepositories.enrollments(em, theirs).save(new Enrollment(theirs, payer, TransactionType.CLAIM_837P,
                    EnrollmentStatus.APPROVED, LocalDate.of(2026, 1, 1), ""));
        });
        inTransaction(em -> {
            ClaimRepository claims = CoreRepositories.claims(em, mine);
            assertThat(claims.find(theirClaim.id())).isEmpty();
            assertThat(claims.findByPatientControlNumber("SAME-PCN")).isEmpty();
            assertThat(claims.findByStatus(ClaimStatus.RECEIVED, 100)).isEmpty();
            assertThat(claims.findBySubmissionFile(theirFile.id())).isEmpty();
            assertThat(claims.findByPayerClaimNumber("THEIR-PCCN")).isEmpty();
            assertThat(claims.recordPayerClaimNumber(theirClaim.id(), "MINE")).isFalse();
            assertThat(claims.originalClaims().findByPayerClaimNumber(theirs, "THEIR-PCCN")).isNull();
            assertThat(claims.history().findOtherClaimWith(ClaimHistoryKeys.of(theirClaim), ClaimId.random()))
                    .isNull();
            assertThat(claims.updateLifecycle(received(theirClaim).moveOrThrow(ClaimStatus.ACCEPTED, T0, "x", "")))
                    .isFalse();
            assertThatThrownBy(() -> claims.replace(theirClaim)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> claims.add(theirClaim, received(theirClaim), null))
                    .isInstanceOf(IllegalArgumentException.class);
            Claim myClaim = claimOf(mine, "MINE-1");
            assertThatThrownBy(() -> claims.addAll(List.of(new ClaimRepository.NewClaim(myClaim, received(myClaim)),
                    new ClaimRepository.NewClaim(theirClaim, received(theirClaim))), null))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(claims.find(myClaim.id())).as("nothing of the refused batch is stored").isEmpty();

            SubmissionFileRepository files = CoreRepositories.submissionFiles(em, mine);
            assertThat(files.find(theirFile.id())).isEmpty();
            assertThat(files.findRecent(100)).isEmpty();
            assertThat(files.findReport(theirFile.id())).isEmpty();
            assertThat(files.countClaims(List.of(theirFile.id()))).isEmpty();
            assertThat(files.saveReport(FileSummaryReport.of(theirFile.id(), List.of()))).isFalse();
            assertThatThrownBy(() -> files.recordInterchange(theirFile.id(), "S", "1"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> files.update(theirFile.processed())).isInstanceOf(IllegalArgumentException.class);

            EnrollmentRepository enrollments = CoreRepositories.enrollments(em, mine);
            assertThat(enrollments.findAll()).isEmpty();
            assertThat(enrollments.find(payer, TransactionType.CLAIM_837P)).isEmpty();
            return null;
        });
        inTransaction(em -> {
            // Their rows are untouched and visible to them.
            assertThat(CoreRepositories.claims(em, theirs).find(theirClaim.id())).isPresent();
            assertThat(CoreRepositories.submissionFiles(em, theirs).find(theirFile.id())).isPresent();
            assertThat(CoreRepositories.claims(em, theirs).findByStatus(ClaimStatus.RECEIVED, 10)).hasSize(1);
            assertThat(CoreRepositories.claims(em, theirs).findByPayerClaimNumber("THEIR-PCCN")).isPresent();
            return null;
        });
    }

    /** Builds duplicate keys of a claim's first line. */
    static final class ClaimHistoryKeys {
        static org.oa.core.edit.ClaimHistory.ServiceKey of(Claim claim) {
            ServiceLine line = claim.serviceLines().get(0);
            return org.oa.core.edit.ClaimHistory.ServiceKey.of(claim, line);
        }
    }

}
