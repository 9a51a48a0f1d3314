package org.oa.web.application.folders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.core.practice.PracticeId;
import org.oa.core.submission.SubmissionFile;
import org.oa.core.submission.SubmissionFileId;
import org.oa.web.application.DataFolder;

/**
 * Where submission files and the documents answering them live on disk, under the {@link DataFolder}:
 * {@code files/<practice>/<file id>/received/<name>} holds the file as received (kept, so that
 * nothing sent is lost), and the same folder holds the File Summary, 999, TA1 and 277CA under the names practice
 * software knows from Office Ally. A file whose folder has a received file but no database row was not processed
 * yet (e.g. the server stopped mid-way) and is processed at the next start. The names of the documents depend on
 * the file alone (static). Thread-safe.
 */
@ApplicationScoped
public class SubmissionFolders {

    /** Marks a folder whose documents were copied to the practice's SFTP {@code outbound/}. */
    public static final String DELIVERED = ".delivered";
    private static final String RECEIVED = "received";
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Inject
    DataFolder dataFolder;

    /** For the container, which injects the data folder. */
    public SubmissionFolders() {
    }

    /** Submission folders under {@code dataFolder}. */
    public SubmissionFolders(DataFolder dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** The root of all practices' submission folders. */
    public Path root() {
        return dataFolder.path().resolve("files");
    }

    /** The root of the practices' SFTP folders ({@code <practice>/inbound}, {@code <practice>/outbound}). */
    public Path sftpRoot() {
        return dataFolder.path().resolve("sftp");
    }

    /** A practice's SFTP {@code outbound/} folder, created when missing. */
    public Path outbound(PracticeId practice) {
        Path dir = sftpRoot().resolve(practice.toString()).resolve("outbound");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the practice's outbound folder", e);
        }
        return dir;
    }

    /** The folder of one file. */
    public Path folder(PracticeId practice, SubmissionFileId file) {
        return root().resolve(practice.toString()).resolve(file.toString());
    }

    /** Where a file's received content is kept, its folders created. */
    public Path receivedPath(PracticeId practice, SubmissionFileId file, String name) {
        Path dir = folder(practice, file).resolve(RECEIVED);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the submission folder", e);
        }
        return dir.resolve(name);
    }

    /** The received content of a file, if its folder has one. */
    public static Optional<Path> received(Path folder) {
        Path dir = folder.resolve(RECEIVED);
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list a submission folder", e);
        }
    }

    /** Every file folder of every practice, as (practice, file). */
    public List<Path> allFolders() {
        List<Path> out = new ArrayList<>();
        if (!Files.isDirectory(root())) {
            return out;
        }
        try (Stream<Path> practices = Files.list(root())) {
            for (Path practice : practices.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(practice)) {
                    files.filter(Files::isDirectory).filter(p -> isUuid(p.getFileName().toString())).forEach(out::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the submission folders", e);
        }
        return out;
    }

    static boolean isUuid(String s) {
        try {
            return UUID.fromString(s).toString().equals(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A name safe to store: the last path element, without control characters, at most 200 characters. */
    public static String safeName(String submitted) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length() && sb.length() < 200; i++) {
            char c = name.charAt(i);
            sb.append(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' ? c : '_');
        }
        String safe = sb.toString().replaceAll("^\\.+", "");
        return safe.isEmpty() ? "upload.txt" : safe;
    }

    /** The File Summary's name: {@code FS_HCFA_<fileid>_IN_C.txt}. */
    public static String fileSummaryName(SubmissionFile file) {
        return "FS_HCFA_" + file.id() + "_IN_C.txt";
    }

    /**
     * The 999's name: {@code <fileid>_<original name>_999.999}. The file ID makes it unique: practice software that
     * sends {@code claims.txt} every day gets one 999 per file in {@code outbound/}, never one overwriting another.
     */
    public static String ack999Name(SubmissionFile file) {
        return file.id() + "_" + file.fileName() + "_999.999";
    }

    /** The TA1's name: {@code <fileid>_<original name>_TA1.ta1}. */
    public static String ta1Name(SubmissionFile file) {
        return file.id() + "_" + file.fileName() + "_TA1.ta1";
    }

    /** Names files received before the file ID was part of them used for the 999 and the TA1 (no longer written). */
    private static List<String> legacyNames(SubmissionFile file) {
        return List.of("FILEID_" + file.fileName() + "_999.999", "FILEID_" + file.fileName() + "_TA1.ta1");
    }

    /** The 277CA's name: {@code <fileid>_HCFA_277ca_<YYYYMMDD>.txt}. */
    public static String ack277caName(SubmissionFile file) {
        return file.id() + "_HCFA_277ca_" + day(file) + ".txt";
    }

    private static String day(SubmissionFile file) {
        return LocalDate.ofInstant(file.receivedAt(), ZoneOffset.UTC).format(YYYYMMDD);
    }

    /** The documents of a file that exist, in the order a biller reads them. */
    public List<String> documents(SubmissionFile file) {
        Path folder = folder(file.practiceId(), file.id());
        List<String> out = new ArrayList<>();
        List<String> names = new ArrayList<>(List.of(fileSummaryName(file), ack999Name(file), ta1Name(file),
                ack277caName(file)));
        names.addAll(legacyNames(file));
        for (String name : names) {
            if (Files.isRegularFile(folder.resolve(name))) {
                out.add(name);
            }
        }
        return out;
    }
}
