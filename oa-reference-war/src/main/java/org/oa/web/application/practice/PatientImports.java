package org.oa.web.application.practice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.oa.core.patient.imports.ImportPreview;
import org.oa.core.patient.imports.ImportResult;
import org.oa.core.patient.imports.PatientImport;
import org.oa.core.practice.PracticeId;
import org.oa.web.application.Repositories;
import org.oa.web.application.audit.PatientDataAudit;
import org.oa.web.application.payer.PayerCatalog;

/**
 * A practice moving in from another system brings its patients in a CSV file: first a dry run that says per row
 * and column what is wrong or what would happen, then the import of the whole file in one transaction (all rows or
 * none). OA core's {@link PatientImport} does the work; this use case adds the audit trail (every patient the file
 * is compared with or changes) and reads the upload as UTF-8, refusing a file in another encoding in words rather
 * than importing mangled names.
 */
@ApplicationScoped
public class PatientImports {

    /** How a comparison of a stored patient with a row of the file reads in the audit trail. */
    static final String MATCHED = "record compared with a row of a patient import";

    @Inject
    Repositories repositories;

    @Inject
    PatientDataAudit audit;

    @Inject
    PayerCatalog payerCatalog;

    /** The upload is not UTF-8 text: an expected problem the user fixes by saving the file again. */
    public static final class NotUtf8Exception extends Exception {
        private static final long serialVersionUID = 1L;

        NotUtf8Exception(Throwable cause) {
            super("the file is not UTF-8 text", cause);
        }
    }

    /** What importing {@code csv} would do, row by row; stores nothing (the comparisons are audited). */
    @Transactional
    public ImportPreview preview(PracticeId practice, byte[] csv, PracticePatients.Actor actor)
            throws NotUtf8Exception {
        try (Reader reader = utf8(csv)) {
            return importer(practice, actor).preview(reader);
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(e);
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory file failed", e);
        }
    }

    /**
     * Imports {@code csv} when it has no problem, all rows in this transaction; a refusal writes nothing. A
     * database failure (another user registering the same account number meanwhile) throws and rolls back.
     */
    @Transactional
    public ImportResult importFile(PracticeId practice, byte[] csv, PracticePatients.Actor actor)
            throws NotUtf8Exception {
        try (Reader reader = utf8(csv)) {
            return importer(practice, actor).importRows(reader);
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(e);
        } catch (IOException e) {
            throw new IllegalStateException("reading an in-memory file failed", e);
        }
    }

    private PatientImport importer(PracticeId practice, PracticePatients.Actor actor) {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(actor, "actor");
        return repositories.patientImport(practice,
                audit.listener(actor.accountId(), actor.portal(), actor.page(), MATCHED), payerCatalog.current());
    }

    /** A strict UTF-8 reader: a byte sequence that is not UTF-8 fails the read instead of becoming '?'. */
    private static Reader utf8(byte[] csv) {
        return new InputStreamReader(new ByteArrayInputStream(Objects.requireNonNull(csv, "csv")),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
