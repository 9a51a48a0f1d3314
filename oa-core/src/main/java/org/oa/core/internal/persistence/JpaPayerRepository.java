package org.oa.core.internal.persistence;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.oa.core.identifier.PayerId;
import org.oa.core.payer.MemberIdFormat;
import org.oa.core.payer.Payer;
import org.oa.core.payer.PayerRepository;
import org.oa.core.payer.TransactionType;

/** {@link PayerRepository} over JPA; payers are shared by all practices. Joins the caller's transaction. */
public final class JpaPayerRepository implements PayerRepository {

    private final EntityManager em;

    public JpaPayerRepository(EntityManager em) {
        this.em = Objects.requireNonNull(em, "entity manager");
    }

    @Override
    public void save(Payer payer) {
        PayerEntity e = em.find(PayerEntity.class, payer.id().value());
        boolean fresh = e == null;
        if (fresh) {
            e = new PayerEntity();
            e.id = payer.id().value();
        }
        e.name = payer.name();
        e.transactions = labels(payer.transactions());
        e.enrollmentRequired = labels(payer.enrollmentRequired());
        e.notes = payer.notes();
        e.memberIdFormat = payer.memberIdFormat().name();
        e.timelyFilingDays = payer.timelyFilingDays();
        if (fresh) {
            em.persist(e);
        }
    }

    @Override
    public Optional<Payer> find(PayerId id) {
        return Optional.ofNullable(em.find(PayerEntity.class, id.value())).map(JpaPayerRepository::toPayer);
    }

    @Override
    public List<Payer> findAll() {
        List<Payer> payers = new ArrayList<>();
        for (PayerEntity e : em.createQuery("select p from PayerEntity p order by p.id", PayerEntity.class)
                .getResultList()) {
            payers.add(toPayer(e));
        }
        return payers;
    }

    private static Payer toPayer(PayerEntity e) {
        return new Payer(new PayerId(e.id), e.name, transactions(e.transactions),
                transactions(e.enrollmentRequired), e.notes, MemberIdFormat.valueOf(e.memberIdFormat),
                e.timelyFilingDays);
    }

    private static String labels(Set<TransactionType> set) {
        List<String> labels = new ArrayList<>();
        for (TransactionType t : set) {
            labels.add(t.name());
        }
        return String.join("|", labels);
    }

    private static Set<TransactionType> transactions(String labels) {
        Set<TransactionType> set = EnumSet.noneOf(TransactionType.class);
        if (!labels.isEmpty()) {
            for (String name : labels.split("\\|")) {
                set.add(TransactionType.valueOf(name));
            }
        }
        return set;
    }
}
