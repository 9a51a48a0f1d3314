package org.oa.web.application.payer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.oa.core.identifier.PayerId;
import org.oa.core.practice.PracticeId;
import org.oa.edi.document.ClaimAcknowledgment;
import org.oa.edi.document.TransactionDocument;
import org.oa.web.application.DataFolder;
import org.oa.web.application.folders.SubmissionFolders;

/**
 * Sends accepted claims to payers and brings their answers back, in steps that each survive a restart:
 * <ol>
 * <li>batch: accepted claims of a practice for a connected payer are written as one 837 into
 *     {@code payers/<payer>/<batch>/claims.837} of the {@link DataFolder} and marked SENT_TO_PAYER (one transaction);</li>
 * <li>acknowledge: the payer's 999 and 277CA are kept in the batch folder, applied (ACKNOWLEDGED or
 *     PAYER_REJECTED) and a readable payer status report {@code <batch>_EDI_STATUS_<YYYYMMDD>.txt} is put into
 *     the practice's {@code outbound/};</li>
 * <li>remit: the payer's 835 is kept, posted (PAID, PARTIALLY_PAID, DENIED) and put into {@code outbound/} as
 *     {@code <batch>_ERA_835_5010_<YYYYMMDD>.835}.</li>
 * </ol>
 * A marker file records each finished step; a step interrupted before its marker is repeated, which changes
 * nothing twice because answers only move claims that wait for them. The only payer connection of the reference
 * deployment is the one behind {@link PayerConnection} (the simulated payer SIM01); claims for other payers stay
 * ACCEPTED.
 */
@ApplicationScoped
public class PayerExchange {

    private static final Logger LOG = System.getLogger(PayerExchange.class.getName());
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final String ACKNOWLEDGED = ".acknowledged";
    private static final String REMITTED = ".remitted";

    @Inject
    PayerBatches batches;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "oa.payer.poll-millis", defaultValue = "3000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "oa.payer.simulated.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    PayerConnection connection;

    @Inject
    DataFolder dataFolder;

    @Inject
    SubmissionFolders submissionFolders;

    private ScheduledFuture<?> task;

    /** Starts after the schemas are migrated (see {@code Startup}). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 3000) @Initialized(ApplicationScoped.class)
            Object event) {
        synchronized (this) {
            if (enabled && task == null) {
                task = scheduler.scheduleWithFixedDelay(this::runQuietly, pollMillis, pollMillis,
                        TimeUnit.MILLISECONDS);
            }
        }
    }

    void onStop(@Observes @Destroyed(ApplicationScoped.class) Object event) {
        synchronized (this) {
            if (task != null) {
                task.cancel(false);
                task = null;
            }
        }
    }

    private void runQuietly() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "The payer exchange failed this time; it runs again: " + e);
        }
    }

    /** Where a payer's batches live: {@code payers/<payer>} in the data folder. */
    Path payerFolder(PayerId payer) {
        return dataFolder.path().resolve("payers").resolve(payer.value());
    }

    /** Runs every step once for every practice; returns the number of steps done. Not concurrent with itself. */
    public synchronized int runOnce() {
        int steps = 0;
        for (PracticeId practice : batches.practices()) {
            for (PayerBatches.Batch b : batches.batch(practice, Set.of(connection.payerId()), this::newBatchFolder)) {
                LOG.log(Level.INFO, "Batch {0}: {1} claim(s) sent to {2}", b.id(), Integer.toString(b.claims()),
                        b.payer().value());
                steps++;
            }
        }
        for (Path folder : folders(connection.payerId())) {
            try {
                steps += answer(folder);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Payer batch " + folder.getFileName() + " could not be answered now; tried "
                        + "again later: " + e);
            }
        }
        return steps;
    }

    private Path newBatchFolder(PayerBatches.Batch batch) {
        Path folder = payerFolder(batch.payer()).resolve(batch.id().toString());
        Properties meta = new Properties();
        meta.setProperty("practice", batch.practice().toString());
        meta.setProperty("payer", batch.payer().value());
        meta.setProperty("control", Long.toString(batch.controlNumber()));
        try {
            Files.createDirectories(folder);
            try (Writer w = Files.newBufferedWriter(folder.resolve("meta.properties"), StandardCharsets.UTF_8)) {
                meta.store(w, "OA payer batch");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a payer batch folder", e);
        }
        return folder;
    }

    /** The simulated payer answers one batch: 999 and 277CA first, the 835 at the next run. */
    private int answer(Path folder) {
        Path claimsFile = folder.resolve("claims.837");
        Path metaFile = folder.resolve("meta.properties");
        if (!Files.exists(claimsFile) || !Files.exists(metaFile) || Files.exists(folder.resolve(REMITTED))) {
            return 0;
        }
        Properties meta = new Properties();
        try (Reader r = Files.newBufferedReader(metaFile, StandardCharsets.UTF_8)) {
            meta.load(r);
            PracticeId practice = PracticeId.parse(meta.getProperty("practice"));
            String batch = folder.getFileName().toString();
            byte[] claims = Files.readAllBytes(claimsFile);
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            if (!Files.exists(folder.resolve(ACKNOWLEDGED))) {
                PayerConnection.Acknowledgment ack = connection.acknowledge(claims,
                        LocalDateTime.now(ZoneOffset.UTC).withNano(0));
                Files.write(folder.resolve("payer.999"), ack.implementationAck());
                Files.write(folder.resolve("payer.277"), ack.claimAck());
                PayerBatches.Applied applied = batches.applyClaimAcknowledgment(practice, ack.claimAck());
                deliver(practice, batch + "_EDI_STATUS_" + today.format(YYYYMMDD) + ".txt",
                        statusReport(batch, connection, ack.claimAck(), applied).getBytes(StandardCharsets.UTF_8));
                Files.createFile(folder.resolve(ACKNOWLEDGED));
                LOG.log(Level.INFO, "Batch {0}: 277CA applied, {1} claim(s) moved", batch,
                        Integer.toString(applied.moved()));
                return 1;
            }
            byte[] era = connection.remit(claims, today, Long.parseLong(meta.getProperty("control")));
            if (era.length > 0) {
                Files.write(folder.resolve("payer.835"), era);
                PayerBatches.Applied posted = batches.postRemittance(practice, PayerId.of(meta.getProperty("payer")),
                        era);
                deliver(practice, batch + "_ERA_835_5010_" + today.format(YYYYMMDD) + ".835", era);
                LOG.log(Level.INFO, "Batch {0}: 835 posted to {1} claim(s), {2} unmatched", batch,
                        Integer.toString(posted.moved()), Integer.toString(posted.unmatched()));
            }
            Files.createFile(folder.resolve(REMITTED));
            return 1;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write a payer batch", e);
        }
    }

    /** A readable payer status report: one line per claim with the payer's status and claim number. */
    private static String statusReport(String batch, PayerConnection payer, byte[] ack277,
            PayerBatches.Applied applied) {
        StringBuilder sb = new StringBuilder("OA CLEARINGHOUSE - PAYER STATUS REPORT\r\n");
        sb.append("Batch:  ").append(batch).append("\r\n");
        sb.append("Payer:  ").append(payer.payerName()).append(" (").append(payer.payerId())
                .append(")\r\n\r\n");
        sb.append(String.format("%-38s %-10s %-14s %s%n", "Patient control number (CLM01)", "Result", "Status",
                "Payer claim number").replace("\n", "\r\n"));
        for (TransactionDocument doc : PayerBatches.transactions(ack277)) {
            if (doc instanceof ClaimAcknowledgment ack) {
                for (ClaimAcknowledgment.ClaimStatus s : ack.claims()) {
                    sb.append(String.format("%-38s %-10s %-14s %s", s.patientControlNumber(),
                            s.accepted() ? "ACCEPTED" : "REJECTED", String.join(" ", s.statusCodes()),
                            s.payerClaimId())).append("\r\n");
                }
            }
        }
        sb.append("\r\nClaims updated: ").append(applied.moved()).append("; not matched: ").append(applied.unmatched())
                .append("\r\n");
        return sb.toString();
    }

    private void deliver(PracticeId practice, String name, byte[] content) throws IOException {
        Path outbound = submissionFolders.outbound(practice);
        Path partial = outbound.resolve("." + name + ".part");
        Files.write(partial, content);
        Files.move(partial, outbound.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private List<Path> folders(PayerId payer) {
        Path root = payerFolder(payer);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).filter(p -> isUuid(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list payer batches", e);
        }
    }

    private static boolean isUuid(String s) {
        try {
            return UUID.fromString(s).toString().equals(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
