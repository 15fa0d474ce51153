package org.moralbase.models;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.models.domain.AnswerTable;
import org.moralbase.models.domain.ModelRun;
import org.moralbase.models.domain.ModelRunRepository;
import org.moralbase.models.domain.RegisteredModelRepository;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.moralmachine.StimuliChoice;
import org.moralbase.moralmachine.format.ResponseRow;
import org.moralbase.moralmachine.format.ResponseRowReader;
import org.moralbase.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a model's answers made elsewhere: a {@code SharedResponses.csv} as Takemoto's converter writes it
 * (two rows per scenario sharing {@code ResponseID}, {@code Saved = 0} on the chosen case), attached to a
 * registry model as a finished run. Case 1 is the row with {@code LeftHand = 1}, or the pair's first row
 * when the file has no {@code LeftHand}. Pairs that are not exactly two rows with one spared are skipped and
 * counted in the run's note.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ModelImportService {

    private final RegisteredModelRepository models;
    private final ModelRunRepository runs;
    private final AnswerTable answers;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    ModelImportService(
            RegisteredModelRepository models,
            ModelRunRepository runs,
            AnswerTable answers,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.models = models;
        this.runs = runs;
        this.answers = answers;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads the file and stores it as an imported run of the model; returns the run's id. */
    @Transactional
    public long importSharedResponses(long modelId, InputStream in, String sourceName) throws IOException {
        if (models.findById(modelId).isEmpty()) {
            throw new ModelNotFoundException("model", modelId);
        }
        Map<String, List<ResponseRow>> pairs = new LinkedHashMap<>();
        ResponseRowReader.read(in, sourceName, row -> pairs.computeIfAbsent(row.responseId(), k -> new ArrayList<>(2))
                .add(row));
        Instant now = clock.instant();
        ModelRun run = runs.save(new ModelRun(
                modelId,
                null,
                RunSource.IMPORTED,
                GeneratorMode.TAKEMOTO,
                StimuliChoice.ALL,
                false,
                0,
                0,
                1,
                1,
                currentUser.requireId(),
                now));
        List<StoredAnswer> batch = new ArrayList<>();
        int index = 0;
        int skipped = 0;
        for (List<ResponseRow> rows : pairs.values()) {
            List<ResponseRow> ordered = caseOrder(rows);
            if (ordered == null) {
                skipped++;
                continue;
            }
            int chosen = ordered.get(0).saved() == 0 ? 1 : 2;
            batch.add(new StoredAnswer(
                    run.getId(),
                    index,
                    index,
                    0,
                    AnsweredPair.writeRows(ordered),
                    null,
                    chosen,
                    true,
                    null,
                    0,
                    null,
                    null,
                    now));
            index++;
            if (batch.size() == 500) {
                answers.insert(batch);
                batch.clear();
            }
        }
        answers.insert(batch);
        String note = "imported " + index + " scenarios from " + sourceName
                + (skipped > 0 ? "; skipped " + skipped + " incomplete pairs" : "");
        run.setImported(index, note.length() > 500 ? note.substring(0, 500) : note);
        audit.record(AuditAction.IMPORT, "model_run", run.getId(), note);
        return run.getId();
    }

    /** The pair as (Case 1, Case 2), or {@code null} if it is not two rows with exactly one spared. */
    private static List<ResponseRow> caseOrder(List<ResponseRow> rows) {
        if (rows.size() != 2 || rows.get(0).saved() + rows.get(1).saved() != 1) {
            return null;
        }
        ResponseRow a = rows.get(0);
        ResponseRow b = rows.get(1);
        if (a.leftHand() != null && b.leftHand() != null && a.leftHand() + b.leftHand() == 1) {
            return a.leftHand() == 1 ? List.of(a, b) : List.of(b, a);
        }
        return List.of(a, b);
    }
}
