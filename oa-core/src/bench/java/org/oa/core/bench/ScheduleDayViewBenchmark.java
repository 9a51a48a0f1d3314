package org.oa.core.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.oa.core.identifier.Npi;
import org.oa.core.identifier.TaxId;
import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.DuplicateCheck;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PersonName;
import org.oa.core.persistence.CorePersistence;
import org.oa.core.persistence.CoreRepositories;
import org.oa.core.practice.Location;
import org.oa.core.practice.OfficeHours;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.Provider;
import org.oa.core.schedule.AppointmentType;
import org.oa.core.schedule.Booking;
import org.oa.core.schedule.ScheduleRepository;
import org.oa.core.schedule.ScheduleResult;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The calendar's day view under load, for the goal "a practice with 20 providers and 200,000 appointments: p95
 * under 300 ms with 20 concurrent users". Creates one practice with 20 providers (office hours Monday to Saturday
 * 07:00-19:00 at one location), 2,000 patients and N appointments (default 20,000) on the 624 working days of
 * 104 weeks from Monday 2025-01-06, about the same number per provider and day in random half-hour slots (15 or 30
 * minutes, no overlaps), in embedded Derby (a file database under target/, deleted at the end) and, when
 * {@code OA_BENCH_PG_URL} (or {@code OA_TEST_PG_URL}) is set, PostgreSQL.
 *
 * <p>Loading: the first appointments are booked with {@link ScheduleRepository#book} (one booking per
 * transaction, as the desk books, then many bookings per transaction) and their rate is printed; the rest are
 * booked the same way when the projection fits in {@code -Dload.budget} seconds (default 120), otherwise inserted
 * with JDBC batch statements, one row per appointment exactly as {@code book} stores a single appointment (V7
 * schema: no series, resource, override or cancel reason, empty note, status SCHEDULED, the version {@code book}
 * gave). Argument {@code book} or {@code jdbc} forces one way.
 *
 * <p>Before measuring, prints Derby's plan (index used, rows visited) of the day query for one provider, by hand
 * without and with the lower bound {@code STARTS_AT >= day start - 480 minutes} that {@code between} now sends.
 * With argument {@code bounded} it then measures the page's read as one query for the whole practice
 * ({@code between} without a provider) against the 20 per-provider queries.
 *
 * <p>Arguments: [appointments, default 20,000] [users, default 20] [seconds, default 20] [warm-up seconds,
 * default 5] [book|jdbc] [bounded]; the goal's figure is {@code 200000}, which takes longer than the defaults.
 *
 * <p>One request is what the calendar page reads for one day: {@link ScheduleRepository#between} of each of the
 * 20 providers for the day, in one transaction with its own entity manager. After a warm-up with all users, it
 * measures 1 user (the baseline), then U users (default 20), each sending requests on random working days
 * back to back (no think time) for S seconds; prints count, throughput and the p50, p95, p99 and max latency.
 * It measures the repository and the database, not HTTP, the servlet container or rendering. All data is
 * synthetic.
 */
public final class ScheduleDayViewBenchmark {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T12:00:00Z"), ZONE);
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6); // a Monday
    private static final int WEEKS = 104;
    private static final int PROVIDERS = 20;
    private static final int PATIENTS = 2_000;
    private static final LocalTime OPENS = LocalTime.of(7, 0);
    private static final int SLOTS_PER_DAY = 24; // half hours from 07:00 to 19:00
    private static final int PROBE_SINGLE = 300;
    private static final int PROBE_BATCHED = 2_000;
    private static final int BOOKINGS_PER_TRANSACTION = 200;
    private static final int LOAD_BUDGET_SECONDS = Integer.getInteger("load.budget", 120);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    /** One appointment to load. */
    private record Spec(int provider, int patient, String type, LocalDateTime start, int minutes) {
    }

    /** The stored practice. */
    private record Setup(PracticeId practice, UUID location, List<UUID> providers, List<PatientId> patients) {
    }

    private ScheduleDayViewBenchmark() {
    }

    /**
     * Arguments (also as one string, as the bench profile passes them): [appointments] [users] [seconds]
     * [warm-up seconds] [book|jdbc].
     */
    public static void main(String[] args) throws Exception {
        List<String> words = new ArrayList<>(Arrays.asList(String.join(" ", args).trim().split("\\s+")));
        String load = words.remove("book") ? "book" : words.remove("jdbc") ? "jdbc" : "auto";
        boolean bounded = words.remove("bounded");
        words.removeIf(String::isEmpty);
        int appointments = words.size() > 0 ? Integer.parseInt(words.get(0)) : 20_000;
        int users = words.size() > 1 ? Integer.parseInt(words.get(1)) : 20;
        int seconds = words.size() > 2 ? Integer.parseInt(words.get(2)) : 20;
        int warmUp = words.size() > 3 ? Integer.parseInt(words.get(3)) : 5;
        System.out.printf("%,d appointments, %d providers, %,d patients, %d users, %d s measured after %d s"
                + " warm-up, load %s; %d cores, max heap %,d MB, Java %s%n", appointments, PROVIDERS, PATIENTS, users,
                seconds, warmUp, load, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
        Path dir = Path.of("target", "bench-derby-" + UUID.randomUUID()).toAbsolutePath();
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName(dir.toString());
        derby.setCreateDatabase("create");
        try {
            run("Derby 10.16 (embedded, file)", derby, true, appointments, users, seconds, warmUp, load, bounded);
        } finally {
            shutDownAndDelete(dir);
        }
        String pgUrl = env("OA_BENCH_PG_URL", "OA_TEST_PG_URL");
        if (pgUrl != null) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(pgUrl);
            pg.setUser(env("OA_BENCH_PG_USER", "OA_TEST_PG_USER"));
            pg.setPassword(env("OA_BENCH_PG_PASSWORD", "OA_TEST_PG_PASSWORD"));
            // PGSimpleDataSource does not pool: every request opens a connection (the WAR uses the container's pool).
            run("PostgreSQL (" + pgUrl + ", unpooled connections)", pg, false, appointments, users, seconds, warmUp,
                    load, bounded);
        } else {
            System.out.println("PostgreSQL skipped: set OA_BENCH_PG_URL, OA_BENCH_PG_USER, OA_BENCH_PG_PASSWORD");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value != null ? value : System.getenv(fallback);
    }

    private static void run(String name, DataSource dataSource, boolean derby, int appointments, int users,
                            int seconds, int warmUp, String load, boolean bounded) throws SQLException {
        System.out.println(name + ":");
        CorePersistence.migrate(dataSource);
        try (EntityManagerFactory factory = CorePersistence.createEntityManagerFactory(dataSource)) {
            long start = System.nanoTime();
            Setup setup = setUp(factory);
            System.out.printf("  practice, %d providers, %,d patients stored in %,d ms%n", PROVIDERS, PATIENTS,
                    millisSince(start));
            List<LocalDate> days = workingDays();
            List<Spec> specs = plan(appointments, days);
            loadAppointments(factory, dataSource, setup, specs, load);
            long stored = count(dataSource, setup.practice());
            check(stored == appointments, "stored " + stored + " appointments, expected " + appointments);
            if (derby) {
                explain(dataSource, setup, days);
            }
            measure(factory, setup, days, users, warmUp, false, "warm-up (discarded)");
            Stats single = measure(factory, setup, days, 1, seconds, false, "1 user");
            Stats many = measure(factory, setup, days, users, seconds, false, users + " users");
            System.out.printf("  p95 %d users / p95 1 user = %.1f; goal p95 < 300 ms with %d users: %s (p95 %.1f ms)%n",
                    users, many.p95() / single.p95(), users, many.p95() < 300 ? "MET" : "NOT MET", many.p95());
            if (bounded) {
                System.out.println("  one query for the practice's day (between without a provider), as the page reads:");
                measure(factory, setup, days, users, Math.max(1, warmUp / 2), true, "warm-up (discarded)");
                Stats single2 = measure(factory, setup, days, 1, seconds, true, "1 user, one query");
                Stats many2 = measure(factory, setup, days, users, seconds, true, users + " users, one query");
                System.out.printf("  one query: p95 %d users / p95 1 user = %.1f; p95 < 300 ms: %s (p95 %.1f ms)%n",
                        users, many2.p95() / single2.p95(), many2.p95() < 300 ? "MET" : "NOT MET", many2.p95());
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- data

    private static Setup setUp(EntityManagerFactory factory) {
        PracticeId practice = PracticeId.random();
        UUID main = UUID.randomUUID();
        List<OfficeHours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SUNDAY) {
                hours.add(OfficeHours.of(day, "07:00", "19:00", main));
            }
        }
        List<UUID> providerIds = new ArrayList<>();
        List<Provider> providers = new ArrayList<>();
        for (int i = 0; i < PROVIDERS; i++) {
            UUID id = UUID.randomUUID();
            String nine = String.valueOf(124_531_900 + i);
            providerIds.add(id);
            providers.add(new Provider(id, "Provider", "Number" + (char) ('A' + i), new Npi(nine
                    + Npi.checkDigit(nine)), "207Q00000X", true, hours));
        }
        inTransaction(factory, em -> {
            CorePersistence.practices(em).add(new Practice(practice, "Bench practice", new TaxId("123456789"),
                    new Npi("1234567893"), List.of(new Location(main, "Main", "100 Main Street", "Columbus", "OH",
                    "432151234", null)), providers));
            ScheduleRepository schedule = CoreRepositories.schedule(em, practice, ZONE, CLOCK);
            schedule.addType(new AppointmentType("NEW", "New patient", 30, "#1E90FF"));
            schedule.addType(new AppointmentType("FU", "Follow-up", 15, "#2E8B57"));
            return null;
        });
        String[] first = {"Robin", "Sam", "Kim", "Lee", "Alex", "Jordan", "Casey", "Riley", "Avery", "Quinn"};
        String[] last = {"Sample", "Example", "Testperson", "Placeholder", "Fictive", "Madeup", "Notreal",
            "Synthetic", "Dummy", "Specimen"};
        List<PatientId> patients = new ArrayList<>();
        for (int from = 0; from < PATIENTS; from += 500) {
            int start = from;
            inTransaction(factory, em -> {
                var repository = CoreRepositories.patients(em, practice, event -> { });
                for (int i = start; i < Math.min(PATIENTS, start + 500); i++) {
                    PatientId id = PatientId.random();
                    var saved = repository.create(PatientRecord.builder().id(id).practiceId(practice)
                            .accountNumber(AccountNumber.of("B-" + i)).name(PersonName.of(first[i % 10],
                            last[i / 10 % 10])).birthDate(LocalDate.of(1940 + i % 70, 1 + i % 12, 1 + i % 28))
                            .build(), DuplicateCheck.CONFIRMED);
                    check(saved.isSaved(), "patient " + i + " refused: " + saved.problems());
                    patients.add(id);
                }
                return null;
            });
        }
        return new Setup(practice, main, List.copyOf(providerIds), List.copyOf(patients));
    }

    /** Monday to Saturday of the 104 weeks. */
    private static List<LocalDate> workingDays() {
        return Stream.iterate(FIRST_DAY, d -> d.plusDays(1)).limit(WEEKS * 7L)
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SUNDAY).toList();
    }

    /** The appointments, day by day, about the same number per provider and day, in random half-hour slots. */
    private static List<Spec> plan(int appointments, List<LocalDate> days) {
        int cells = days.size() * PROVIDERS;
        check(appointments <= cells * SLOTS_PER_DAY, "at most " + cells * SLOTS_PER_DAY + " appointments");
        Random random = new Random(17);
        List<Spec> specs = new ArrayList<>(appointments);
        List<Integer> slots = new ArrayList<>();
        for (int s = 0; s < SLOTS_PER_DAY; s++) {
            slots.add(s);
        }
        int cell = 0;
        for (LocalDate day : days) {
            for (int provider = 0; provider < PROVIDERS; provider++, cell++) {
                int here = appointments / cells + (cell < appointments % cells ? 1 : 0);
                Collections.shuffle(slots, random);
                List<Integer> chosen = new ArrayList<>(slots.subList(0, here));
                Collections.sort(chosen);
                for (int slot : chosen) {
                    boolean followUp = random.nextInt(3) == 0;
                    specs.add(new Spec(provider, random.nextInt(PATIENTS), followUp ? "FU" : "NEW",
                            day.atTime(OPENS).plusMinutes(30L * slot), followUp ? 15 : 30));
                }
            }
        }
        return specs;
    }

    private static void loadAppointments(EntityManagerFactory factory, DataSource dataSource, Setup setup,
                                         List<Spec> specs, String load) throws SQLException {
        long start = System.nanoTime();
        int done = 0;
        if (!load.equals("jdbc")) {
            int single = Math.min(PROBE_SINGLE, specs.size());
            long t = System.nanoTime();
            book(factory, setup, specs.subList(0, single), 1);
            double singleRate = single / ((System.nanoTime() - t) / 1e9);
            int batched = Math.min(PROBE_BATCHED, specs.size() - single);
            t = System.nanoTime();
            book(factory, setup, specs.subList(single, single + batched), BOOKINGS_PER_TRANSACTION);
            double batchedRate = batched / ((System.nanoTime() - t) / 1e9);
            done = single + batched;
            System.out.printf("  ScheduleRepository.book: %,.0f bookings/s one per transaction (first %,d),"
                    + " %,.0f bookings/s %d per transaction (next %,d)%n", singleRate, single, batchedRate,
                    BOOKINGS_PER_TRANSACTION, batched);
            double projected = (specs.size() - done) / batchedRate;
            if (done < specs.size()) {
                System.out.printf("  the other %,d by book would take about %,.0f s at that rate (budget %d s)%n",
                        specs.size() - done, projected, LOAD_BUDGET_SECONDS);
            }
            if (load.equals("book") || projected <= LOAD_BUDGET_SECONDS) {
                t = System.nanoTime();
                book(factory, setup, specs.subList(done, specs.size()), BOOKINGS_PER_TRANSACTION);
                if (done < specs.size()) {
                    System.out.printf("  booked the other %,d with book, %d per transaction: %,.0f bookings/s%n",
                            specs.size() - done, BOOKINGS_PER_TRANSACTION,
                            (specs.size() - done) / ((System.nanoTime() - t) / 1e9));
                }
                done = specs.size();
            }
        }
        if (done < specs.size()) {
            long version = done == 0 ? 1 : bookedVersion(dataSource, setup.practice());
            long t = System.nanoTime();
            insert(dataSource, setup, specs.subList(done, specs.size()), version);
            System.out.printf("  inserted the other %,d with JDBC batches (rows as book stores them, version %d):"
                    + " %,.0f rows/s%n", specs.size() - done, version,
                    (specs.size() - done) / ((System.nanoTime() - t) / 1e9));
        }
        System.out.printf("  loading %,d appointments took %,.1f s%n", specs.size(), millisSince(start) / 1000.0);
    }

    private static void book(EntityManagerFactory factory, Setup setup, List<Spec> specs, int perTransaction) {
        for (int from = 0; from < specs.size(); from += perTransaction) {
            List<Spec> part = specs.subList(from, Math.min(specs.size(), from + perTransaction));
            inTransaction(factory, em -> {
                ScheduleRepository schedule = CoreRepositories.schedule(em, setup.practice(), ZONE, CLOCK);
                for (Spec spec : part) {
                    ScheduleResult result = schedule.book(Booking.of(setup.patients().get(spec.patient()),
                            setup.providers().get(spec.provider()), setup.location(), spec.type(), spec.start(),
                            spec.minutes()));
                    check(result instanceof ScheduleResult.Booked, "booking refused: " + result.problems());
                }
                return null;
            });
        }
    }

    /** The version {@code book} gave the appointments it stored. */
    private static long bookedVersion(DataSource dataSource, PracticeId practice) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT MIN(VERSION), MAX(VERSION) FROM OA_CORE.APPOINTMENT WHERE PRACTICE_ID = ?")) {
            s.setString(1, practice.toString());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                check(r.getLong(1) == r.getLong(2), "booked appointments have one version");
                return r.getLong(1);
            }
        }
    }

    /** Inserts the rows {@code book} would store for these single appointments (V7__appointments.sql). */
    private static void insert(DataSource dataSource, Setup setup, List<Spec> specs, long version)
            throws SQLException {
        String sql = "INSERT INTO OA_CORE.APPOINTMENT (ID, PRACTICE_ID, SERIES_ID, OCCURRENCE_DATE, PATIENT_ID,"
                + " PROVIDER_ID, RESOURCE_ID, LOCATION_ID, TYPE_CODE, STARTS_AT, ENDS_AT, STATUS, OVERRIDE_REASON,"
                + " CANCEL_REASON, NOTE, VERSION) VALUES (?, ?, NULL, NULL, ?, ?, NULL, ?, ?, ?, ?, 'SCHEDULED',"
                + " NULL, NULL, '', ?)";
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                int n = 0;
                for (Spec spec : specs) {
                    s.setString(1, UUID.randomUUID().toString());
                    s.setString(2, setup.practice().toString());
                    s.setString(3, setup.patients().get(spec.patient()).toString());
                    s.setString(4, setup.providers().get(spec.provider()).toString());
                    s.setString(5, setup.location().toString());
                    s.setString(6, spec.type());
                    s.setString(7, MINUTES.format(spec.start()));
                    s.setString(8, MINUTES.format(spec.start().plusMinutes(spec.minutes())));
                    s.setLong(9, version);
                    s.addBatch();
                    if (++n % 1_000 == 0) {
                        s.executeBatch();
                    }
                    if (n % 10_000 == 0) {
                        c.commit();
                    }
                }
                s.executeBatch();
                c.commit();
            }
        }
    }

    private static long count(DataSource dataSource, PracticeId practice) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM OA_CORE.APPOINTMENT WHERE PRACTICE_ID = ?")) {
            s.setString(1, practice.toString());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /**
     * Derby's plan for the query {@code between} sends for one provider and day (the same SQL by hand), on the
     * first and the last day, and for the what-if query with a lower bound on the last day: which index and how
     * many rows it visits for the ones it returns.
     */
    private static void explain(DataSource dataSource, Setup setup, List<LocalDate> days) throws SQLException {
        String unbounded = "SELECT ID, STARTS_AT, ENDS_AT FROM OA_CORE.APPOINTMENT WHERE PRACTICE_ID = ?"
                + " AND STARTS_AT < ? AND ENDS_AT > ? AND PROVIDER_ID = ?";
        String order = " ORDER BY STARTS_AT, ID";
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");
            }
            LocalDate lastDay = days.get(days.size() - 1);
            for (int i = 0; i < 3; i++) {
                LocalDate day = i == 0 ? days.get(0) : lastDay;
                boolean bounded = i == 2; // the what-if query of boundedDayView
                int rows = 0;
                try (PreparedStatement s = c.prepareStatement(unbounded + (bounded ? " AND STARTS_AT >= ?" : "")
                        + order)) {
                    s.setString(1, setup.practice().toString());
                    s.setString(2, MINUTES.format(day.plusDays(1).atStartOfDay()));
                    s.setString(3, MINUTES.format(day.atStartOfDay()));
                    s.setString(4, setup.providers().get(0).toString());
                    if (bounded) {
                        s.setString(5, MINUTES.format(day.atStartOfDay().minusMinutes(480)));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            rows++;
                        }
                    }
                }
                String plan;
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                    r.next();
                    plan = r.getString(1);
                }
                List<String> lines = plan.lines().map(String::strip).filter(l -> l.startsWith("Index Scan")
                        || l.startsWith("Table Scan") || l.startsWith("Number of rows qualified")
                        || l.startsWith("Number of rows visited")).map(l -> nameConstraint(c, l)).toList();
                System.out.printf("  Derby plan, provider 1 on %s%s (%d returned): %s%n", day,
                        bounded ? " with the what-if bound STARTS_AT >= day - 480 min" : "", rows,
                        String.join("; ", lines));
            }
            try (Statement s = c.createStatement()) {
                s.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(0)");
            }
        }
    }

    /** The plan line with a system-named constraint's backing index shown by its columns. */
    private static String nameConstraint(Connection c, String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("constraint (SQL[0-9A-Za-z-]+)").matcher(line);
        if (!m.find()) {
            return line;
        }
        String sql = "SELECT g.DESCRIPTOR FROM SYS.SYSCONSTRAINTS k JOIN SYS.SYSCONGLOMERATES g"
                + " ON g.CONGLOMERATEID = COALESCE((SELECT f.CONGLOMERATEID FROM SYS.SYSFOREIGNKEYS f"
                + " WHERE f.CONSTRAINTID = k.CONSTRAINTID), (SELECT y.CONGLOMERATEID FROM SYS.SYSKEYS y"
                + " WHERE y.CONSTRAINTID = k.CONSTRAINTID)) WHERE k.CONSTRAINTNAME = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, m.group(1));
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return line;
                }
                String descriptor = r.getObject(1).toString(); // e.g. BTREE (6)
                String columns = descriptor;
                java.util.regex.Matcher d = java.util.regex.Pattern.compile("\\(([0-9, ]+)\\)").matcher(descriptor);
                if (d.find()) {
                    List<String> names = new ArrayList<>();
                    for (String number : d.group(1).split(",\\s*")) {
                        names.add(column(c, Integer.parseInt(number.strip())));
                    }
                    columns = String.join(", ", names);
                }
                return line.replace(m.group(1), m.group(1).substring(0, 14) + "... (" + columns + ")");
            }
        } catch (SQLException e) {
            return line;
        }
    }

    private static String column(Connection c, int number) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT l.COLUMNNAME FROM SYS.SYSCOLUMNS l JOIN SYS.SYSTABLES t"
                + " ON t.TABLEID = l.REFERENCEID JOIN SYS.SYSSCHEMAS h ON h.SCHEMAID = t.SCHEMAID"
                + " WHERE h.SCHEMANAME = 'OA_CORE' AND t.TABLENAME = 'APPOINTMENT' AND l.COLUMNNUMBER = ?")) {
            s.setInt(1, number);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : "#" + number;
            }
        }
    }

    // ------------------------------------------------------------------------------------------ measurement

    /** Latencies of one phase. */
    private record Stats(long[] nanos, double seconds, double appointmentsPerRequest) {
        double percentile(double p) {
            return nanos.length == 0 ? Double.NaN
                    : nanos[Math.max(0, (int) Math.ceil(p * nanos.length) - 1)] / 1e6;
        }

        double p95() {
            return percentile(0.95);
        }
    }

    private static Stats measure(EntityManagerFactory factory, Setup setup, List<LocalDate> days, int users,
                                 int seconds, boolean bounded, String label) {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        long cpuStart = processCpuNanos();
        List<long[]> perUser = Collections.synchronizedList(new ArrayList<>());
        long[] appointments = new long[users];
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            Thread thread = new Thread(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                try {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (System.nanoTime() < end) {
                        LocalDate day = days.get(random.nextInt(days.size()));
                        long t = System.nanoTime();
                        int found = bounded ? boundedDayView(factory, setup, day) : dayView(factory, setup, day);
                        long took = System.nanoTime() - t;
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = took;
                        appointments[user] += found;
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
                perUser.add(Arrays.copyOf(latencies, n));
            }, "user-" + u);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a user failed", failure.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long cpu = (processCpuNanos() - cpuStart) / 1_000_000;
        long[] all = perUser.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long found = Arrays.stream(appointments).sum();
        Stats stats = new Stats(all, elapsed, all.length == 0 ? 0 : (double) found / all.length);
        System.out.printf("  %-20s %,7d requests in %.1f s = %,7.1f requests/s; ms p50 %7.1f  p95 %7.1f  p99 %7.1f"
                + "  max %7.1f; %.1f appointments per request (%.1f per provider); process CPU %,d ms;"
                + " load average %.1f%n", label,
                all.length, elapsed, all.length / elapsed, stats.percentile(0.50), stats.p95(),
                stats.percentile(0.99), all.length == 0 ? Double.NaN : all[all.length - 1] / 1e6,
                stats.appointmentsPerRequest(), stats.appointmentsPerRequest() / PROVIDERS, cpu,
                loadAverage());
        return stats;
    }

    /** One request of the calendar page for one day: every provider's appointments that day. */
    private static int dayView(EntityManagerFactory factory, Setup setup, LocalDate day) {
        LocalDateTime from = day.atStartOfDay();
        LocalDateTime to = day.plusDays(1).atStartOfDay();
        return inTransaction(factory, em -> {
            ScheduleRepository schedule = CoreRepositories.schedule(em, setup.practice(), ZONE, CLOCK);
            int found = 0;
            for (UUID provider : setup.providers()) {
                found += schedule.between(provider, null, from, to).size();
            }
            return found;
        });
    }

    /**
     * The calendar page's read since it asks once for the whole practice: {@link ScheduleRepository#between} without
     * a provider for the day, one query, the same rows as the 20 per-provider queries.
     */
    private static int boundedDayView(EntityManagerFactory factory, Setup setup, LocalDate day) {
        LocalDateTime from = day.atStartOfDay();
        LocalDateTime to = day.plusDays(1).atStartOfDay();
        return inTransaction(factory, em -> CoreRepositories.schedule(em, setup.practice(), ZONE, CLOCK)
                .between(null, null, from, to).size());
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static void shutDownAndDelete(Path dir) {
        EmbeddedDataSource shutdown = new EmbeddedDataSource();
        shutdown.setDatabaseName(dir.toString());
        shutdown.setShutdownDatabase("shutdown");
        try {
            shutdown.getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a completed shutdown as an SQLException (08006).
        }
        if (Files.isDirectory(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The one-minute load average (Linux /proc/loadavg), or NaN; shows how busy the machine was. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("benchmark self-check failed: " + what);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    private static <T> T inTransaction(EntityManagerFactory factory, Function<EntityManager, T> work) {
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
}
