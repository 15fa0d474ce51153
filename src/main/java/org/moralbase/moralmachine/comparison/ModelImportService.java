package org.moralbase.moralmachine.comparison;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.base.Roles;
import org.moralbase.models.ImportedAnswer;
import org.moralbase.models.ModelAnswers;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.moralmachine.format.ResponseRow;
import org.moralbase.moralmachine.format.ResponseRowReader;
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

    private final ModelAnswers answers;

    ModelImportService(ModelAnswers answers) {
        this.answers = answers;
    }

    /** {@link #importSharedResponses(long, InputStream, String, boolean)}, refusing a file imported before. */
    public long importSharedResponses(long modelId, InputStream in, String sourceName) throws IOException {
        return importSharedResponses(modelId, in, sourceName, false);
    }

    /**
     * Reads the file and stores it as an imported run of the model; a file of the same name imported for the model
     * before is replaced when {@code replace}, else refused.
     *
     * @return the run's id
     */
    @Transactional
    public long importSharedResponses(long modelId, InputStream in, String sourceName, boolean replace)
            throws IOException {
        Map<String, List<ResponseRow>> pairs = new LinkedHashMap<>();
        ResponseRowReader.read(in, sourceName, row -> pairs.computeIfAbsent(row.responseId(), k -> new ArrayList<>(2))
                .add(row));
        List<ImportedAnswer> read = new ArrayList<>(pairs.size());
        int skipped = 0;
        for (List<ResponseRow> rows : pairs.values()) {
            List<ResponseRow> ordered = caseOrder(rows);
            if (ordered == null) {
                skipped++;
                continue;
            }
            int chosen = ordered.get(0).saved() == 0 ? 1 : 2;
            read.add(new ImportedAnswer(
                    "", "s" + (read.size() + 1), "AB", null, chosen, true, AnsweredPair.writeRows(ordered)));
        }
        return answers.importRun(
                modelId,
                MoralMachineKind.ID,
                sourceName,
                read,
                replace,
                skipped > 0 ? "skipped " + skipped + " incomplete pairs" : null);
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
