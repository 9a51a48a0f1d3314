package org.oa.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oa.core.identifier.Npi;
import org.oa.core.identifier.TaxId;
import org.oa.core.practice.Location;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.PracticeRepository;
import org.oa.core.practice.Provider;

/** Shows how a Java SE caller migrates the schema and stores a practice on embedded Derby. */
class PracticePersistenceTest {

    private static EmbeddedDataSource dataSource;
    private static EntityManagerFactory factory;

    @BeforeAll
    static void openDatabase() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:practice-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        CorePersistence.migrate(dataSource);
        factory = CorePersistence.createEntityManagerFactory(dataSource);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void storesAndReloadsPracticeWithLocationsAndProvidersInOrder() {
        Practice practice = new Practice(PracticeId.random(), "Sunrise Family Medicine", new TaxId("123456789"),
                new Npi("1234567893"),
                List.of(new Location(UUID.randomUUID(), "Main", "100 Main Street", "Springfield", "IL", "627011234",
                        "2175550100")),
                List.of(new Provider(UUID.randomUUID(), "Avery", "Stone", new Npi("1245319599"), "207Q00000X"),
                        new Provider(UUID.randomUUID(), "Blake", "Rivera", new Npi("1679576722"), "208D00000X")));

        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        CorePersistence.practices(em).add(practice);
        em.getTransaction().commit();
        em.close();

        EntityManager reader = factory.createEntityManager();
        PracticeRepository practices = CorePersistence.practices(reader);
        assertThat(practices.find(practice.id())).contains(practice);
        assertThat(practices.find(PracticeId.random())).isEmpty();
        assertThat(practices.count()).isGreaterThanOrEqualTo(1);
        assertThat(practices.ids()).contains(practice.id()).hasSize((int) practices.count());
        reader.close();
    }

    @Test
    void migratingTwiceChangesNothing() {
        CorePersistence.migrate(dataSource);
        CorePersistence.migrate(dataSource);
    }
}
