package org.moralbase.moralmachine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.moralmachine.format.MalformedResponsesException;
import org.moralbase.moralmachine.format.ResponseRow;
import org.moralbase.moralmachine.format.ResponseRowReader;
import org.moralbase.participation.ImportedResponse;
import org.moralbase.participation.ImportedResponses;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a {@code SharedResponses.csv} (Awad's release or a subset, plain or gzip) as a closed Moral Machine
 * study of completed sessions, one per {@code UserID}: the whole file is validated first, then stored in one
 * transaction, so a bad file leaves nothing behind (docs/decisions/0004-imported-responses.md). Audited.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class MoralMachineImport {

    /** Longest {@code UserID} kept (the session's external id column). */
    static final int MAX_USER_ID = 128;

    private final StudyService studies;
    private final ImportedResponses imported;
    private final AuditService audit;
    private final TransactionTemplate tx;

    MoralMachineImport(StudyService studies, ImportedResponses imported, AuditService audit, TransactionTemplate tx) {
        this.studies = studies;
        this.imported = imported;
        this.audit = audit;
        this.tx = tx;
    }

    /** What an import made. */
    public record Summary(long studyId, long participants, long answers) {}

    /**
     * Validates {@code file} (named {@code fileName} in messages), then creates the study {@code title} from it.
     *
     * @throws MalformedResponsesException naming file, line and column of the first problem; nothing is stored
     */
    public Summary importFile(String title, Path file, String fileName) throws IOException {
        long answers = pairs(file, fileName, a -> {});
        if (answers == 0) {
            throw new MalformedResponsesException(fileName, 2, null, "the file holds no responses");
        }
        try {
            String requestKey = fileKey(file);
            return tx.execute(status -> {
                // the file is the request: the same file twice (a second click, a retried upload) finds the first
                StudySummary made = studies.create(title, MoralMachineKind.ID, requestKey);
                if (made.status() != StudyStatus.DRAFT) {
                    throw new IllegalArgumentException("This file was imported already, as the study \"" + made.title()
                            + "\" (#" + made.id() + ").");
                }
                long studyId = made.id();
                studies.setStatus(studyId, StudyStatus.CLOSED); // a baseline takes no participants
                ImportedResponses.Stored stored;
                try {
                    stored = imported.store(studyId, sink -> pairs(file, fileName, r -> sink.accept(answer(r))));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                audit.record(
                        AuditAction.IMPORT,
                        "study",
                        studyId,
                        fileName + ": " + stored.answers() + " answers of " + stored.sessions() + " participants");
                return new Summary(studyId, stored.sessions(), stored.answers());
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The request key of an import: "file-" and the first 20 bytes of the file's SHA-256, in hex. */
    private static String fileKey(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return "file-" + HexFormat.of().formatHex(sha.digest(), 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static ImportedResponse answer(ScenarioRebuilder.Rebuilt r) {
        String template = AnswerRows.template(r.template());
        return new ImportedResponse(
                r.userId(),
                template == null ? "unknown" : template,
                "mm-import",
                r.shown().toJson(),
                r.choice());
    }

    /** Reads the file's rows two by two, hands each rebuilt answer to {@code sink}; returns the count. */
    private static long pairs(Path file, String fileName, Consumer<ScenarioRebuilder.Rebuilt> sink) throws IOException {
        ResponseRow[] pending = {null};
        long[] rows = {0};
        try (InputStream in = Files.newInputStream(file)) {
            ResponseRowReader.read(in, fileName, row -> {
                rows[0]++;
                if (pending[0] == null) {
                    pending[0] = row;
                    return;
                }
                ResponseRow first = pending[0];
                pending[0] = null;
                try {
                    ScenarioRebuilder.Rebuilt r = ScenarioRebuilder.of(first, row);
                    if (r.userId().length() > MAX_USER_ID) {
                        throw new IllegalArgumentException("UserID longer than " + MAX_USER_ID + " characters");
                    }
                    sink.accept(r);
                } catch (IllegalArgumentException e) {
                    // line of this row: header is line 1 (records with line breaks inside quotes shift it)
                    throw new Refused(new MalformedResponsesException(fileName, rows[0] + 1, null, e.getMessage()));
                }
            });
        } catch (Refused r) {
            throw r.problem;
        }
        if (pending[0] != null) {
            throw new MalformedResponsesException(
                    fileName, rows[0] + 1, null, "the last scenario has only one row (each scenario has two)");
        }
        return rows[0] / 2;
    }

    /** Carries a format problem out of the reader's callback. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient MalformedResponsesException problem;

        Refused(MalformedResponsesException problem) {
            super(problem.getMessage(), null, false, false);
            this.problem = problem;
        }
    }
}
