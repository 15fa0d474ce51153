package org.moralbase.models;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.text.CsvText;
import org.moralbase.models.client.ModelPrompt;
import org.moralbase.models.domain.AnswerTable;
import org.moralbase.models.domain.ModelRun;
import org.moralbase.models.domain.ModelRunRepository;
import org.moralbase.models.runs.RunPlan;
import org.moralbase.models.runs.RunPlans;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A run's prompts and answers as researchers publish them: for every prompt the system and user prompt (rebuilt from
 * the run's plan; none for an imported run), the raw answer, how it was read, and why none came. Streamed page by
 * page, so memory stays flat; audited. Columns in docs/formats.md.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class RunAnswerExport {

    /** The export's columns. */
    public static final List<String> COLUMNS = List.of(
            "run",
            "model",
            "study",
            "prompt_index",
            "item",
            "order_shown",
            "sample",
            "system_prompt",
            "user_prompt",
            "raw_answer",
            "chosen_position",
            "chosen_option",
            "valid",
            "failure",
            "attempts",
            "latency_ms",
            "answered_at");

    private static final int PAGE = 2000;

    private final ModelRunService runs;
    private final ModelRunRepository runRows;
    private final AnswerTable answers;
    private final RunPlans plans;
    private final AuditService audit;

    RunAnswerExport(
            ModelRunService runs, ModelRunRepository runRows, AnswerTable answers, RunPlans plans, AuditService audit) {
        this.runs = runs;
        this.runRows = runRows;
        this.answers = answers;
        this.plans = plans;
        this.audit = audit;
    }

    /** Writes the run's CSV (UTF-8); returns the rows written. */
    @Transactional // not read-only: the audit line is written in it
    public long write(long runId, OutputStream out) throws IOException {
        RunSummary summary = runs.find(runId).orElseThrow(() -> new ModelNotFoundException("run", runId));
        ModelRun run = runRows.findById(runId).orElseThrow();
        List<RunPlan.Planned> plan =
                run.getSource() == RunSource.ASKED ? plans.planOf(run).prompts() : List.of();
        long rows = 0;
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CsvText.Rows csv = CsvText.open(text, COLUMNS)) {
            for (int offset = 0; ; offset += PAGE) {
                List<RunAnswer> page = answers.page(runId, false, offset, PAGE);
                for (RunAnswer a : page) {
                    ModelPrompt asked = a.promptIndex() < plan.size()
                            ? plan.get(a.promptIndex()).prompt()
                            : null;
                    csv.add(Arrays.asList(
                            runId,
                            summary.modelName(),
                            summary.studyId(),
                            a.promptIndex(),
                            a.itemKey(),
                            a.shownOrder(),
                            a.sample(),
                            asked == null ? null : asked.systemPrompt(),
                            asked == null ? null : asked.userPrompt(),
                            a.rawText(),
                            a.chosenPosition() == 0 ? null : a.chosenPosition(),
                            a.chosenOption(),
                            a.valid(),
                            a.failure(),
                            a.attempts(),
                            a.latencyMillis(),
                            a.storedAt().toString()));
                    rows++;
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        audit.record(AuditAction.EXPORT, "model_run", runId, "prompts and answers CSV: " + rows + " rows");
        return rows;
    }
}
