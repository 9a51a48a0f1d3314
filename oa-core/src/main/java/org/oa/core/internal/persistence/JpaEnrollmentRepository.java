package org.oa.core.internal.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.oa.core.identifier.PayerId;
import org.oa.core.payer.Enrollment;
import org.oa.core.payer.EnrollmentRepository;
import org.oa.core.payer.EnrollmentStatus;
import org.oa.core.payer.TransactionType;
import org.oa.core.practice.PracticeId;

/** {@link EnrollmentRepository} over JPA for one practice; every query is filtered by the practice. */
public final class JpaEnrollmentRepository implements EnrollmentRepository {

    private final EntityManager em;
    private final PracticeId practice;
    private final String practiceKey;

    public JpaEnrollmentRepository(EntityManager em, PracticeId practice) {
        this.em = Objects.requireNonNull(em, "entity manager");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.practiceKey = practice.toString();
    }

    @Override
    public PracticeId practiceId() {
        return practice;
    }

    @Override
    public void save(Enrollment enrollment) {
        if (!enrollment.practiceId().equals(practice)) {
            throw new IllegalArgumentException("enrollment belongs to another practice");
        }
        EnrollmentEntity e = entity(enrollment.payerId(), enrollment.transaction()).orElse(null);
        boolean fresh = e == null;
        if (fresh) {
            e = new EnrollmentEntity();
            e.id = UUID.randomUUID().toString();
            e.practiceId = practiceKey;
            e.payerId = enrollment.payerId().value();
            e.transactionType = enrollment.transaction().name();
        }
        e.status = enrollment.status().name();
        e.statusDate = enrollment.statusDate();
        e.note = enrollment.note();
        if (fresh) {
            em.persist(e);
        }
    }

    @Override
    public Optional<Enrollment> find(PayerId payer, TransactionType transaction) {
        return entity(payer, transaction).map(this::toEnrollment);
    }

    @Override
    public List<Enrollment> findAll() {
        List<Enrollment> result = new ArrayList<>();
        for (EnrollmentEntity e : em.createQuery("select e from EnrollmentEntity e where e.practiceId = :practice"
                        + " order by e.payerId, e.transactionType", EnrollmentEntity.class)
                .setParameter("practice", practiceKey).getResultList()) {
            result.add(toEnrollment(e));
        }
        return result;
    }

    private Optional<EnrollmentEntity> entity(PayerId payer, TransactionType transaction) {
        List<EnrollmentEntity> rows = em.createQuery("select e from EnrollmentEntity e where e.practiceId = :practice"
                        + " and e.payerId = :payer and e.transactionType = :transaction", EnrollmentEntity.class)
                .setParameter("practice", practiceKey).setParameter("payer", payer.value())
                .setParameter("transaction", transaction.name()).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private Enrollment toEnrollment(EnrollmentEntity e) {
        return new Enrollment(practice, new PayerId(e.payerId), TransactionType.valueOf(e.transactionType),
                EnrollmentStatus.valueOf(e.status), e.statusDate, e.note);
    }
}
