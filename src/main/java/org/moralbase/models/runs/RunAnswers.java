package org.moralbase.models.runs;

import java.time.Instant;
import java.util.function.ToIntBiFunction;
import org.moralbase.models.RunAnswer;
import org.moralbase.models.client.AttemptError;
import org.moralbase.models.client.CallOutcome;
import org.moralbase.models.client.Redaction;
import org.moralbase.models.client.Secret;
import org.moralbase.study.AskableItem;

/** What a run stores of one model call ({@link RunExecutor}'s outcomes, written by {@link AnswerWriter}). */
final class RunAnswers {

    private RunAnswers() {}

    /** The stored form of one outcome: raw text and errors redacted, the answer read by its kind (methods §1.4). */
    static RunAnswer of(
            long runId,
            RunPlan.Planned p,
            ToIntBiFunction<AskableItem, String> reading,
            Secret key,
            CallOutcome outcome,
            Instant at) {
        String raw = outcome.answered() ? Redaction.redact(outcome.answer().text(), key) : null;
        int position = raw == null ? 0 : reading.applyAsInt(p.item(), raw);
        StringBuilder errors = new StringBuilder();
        for (AttemptError e : outcome.errors()) {
            errors.append("attempt ")
                    .append(e.attempt())
                    .append(": ")
                    .append(e.type())
                    .append(e.httpStatus() == null ? "" : " HTTP " + e.httpStatus())
                    .append(" ")
                    .append(e.message())
                    .append('\n');
        }
        String detail =
                errors.isEmpty() ? null : Redaction.redact(errors.toString().strip(), key);
        return new RunAnswer(
                runId,
                p.index(),
                p.itemIndex(),
                p.sample(),
                p.item().key(),
                p.order(),
                p.item().shown(),
                raw,
                position,
                position != 0,
                outcome.failure() == null ? null : outcome.failure().name(),
                outcome.attempts(),
                detail,
                outcome.answered() ? outcome.answer().latency().toMillis() : null,
                at);
    }
}
