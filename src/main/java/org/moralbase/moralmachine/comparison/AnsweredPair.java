package org.moralbase.moralmachine.comparison;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.moralbase.models.RunAnswer;
import org.moralbase.moralmachine.Dimension;
import org.moralbase.moralmachine.ShownScenario;
import org.moralbase.moralmachine.format.ResponseContext;
import org.moralbase.moralmachine.format.ResponseRow;
import org.moralbase.moralmachine.format.ResponseRowReader;
import org.moralbase.moralmachine.format.ResponseRows;
import org.moralbase.moralmachine.format.SharedResponsesWriter;

/**
 * A valid answer as its two {@code SharedResponses.csv} rows (left = Case 1 first), the chosen case, and
 * the case order: whether the §1.1 baseline group (level A: Male, Fat, Low, Old, Less, Pets) was Case 1.
 *
 * @param baselineFirst true if the baseline group was Case 1, false if Case 2, {@code null} if unknown
 */
record AnsweredPair(List<ResponseRow> rows, int chosenCase, long cluster, Boolean baselineFirst) {

    /** The pair of a stored valid answer to a scenario; empty for invalid or failed ones. */
    static Optional<AnsweredPair> of(RunAnswer a, String userId) {
        if (!a.valid() || a.shown() == null) {
            return Optional.empty();
        }
        List<ResponseRow> rows;
        if (a.shown().startsWith("{")) {
            ShownScenario shown = ShownScenario.fromJson(a.shown());
            ResponseContext ctx = new ResponseContext(
                    a.runId() + "-" + a.promptIndex(), "run-" + a.runId(), userId, a.itemIndex() + 1, null, null, null);
            rows = ResponseRows.of(
                    shown.scenario(),
                    org.moralbase.moralmachine.Side.ofCase(a.chosenPosition()).other(),
                    ctx);
        } else {
            rows = readRows(a.shown());
        }
        return Optional.of(new AnsweredPair(rows, a.chosenPosition(), a.itemIndex(), baselineFirst(rows)));
    }

    /** Whether the row of the baseline level was drawn left (Case 1). */
    static Boolean baselineFirst(List<ResponseRow> rows) {
        for (ResponseRow r : rows) {
            Optional<Dimension> d = Dimension.fromLabel(r.scenarioType());
            if (d.isPresent()
                    && d.get().isCharacterAttribute()
                    && d.get().baselineLevel().equals(r.attributeLevel())
                    && r.leftHand() != null) {
                return r.leftHand() == 1;
            }
        }
        return null;
    }

    /** Two rows as stored for imported answers: CSV with the header. */
    static String writeRows(List<ResponseRow> rows) {
        StringWriter out = new StringWriter();
        try (SharedResponsesWriter w = new SharedResponsesWriter(out)) {
            for (ResponseRow r : rows) {
                w.write(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static List<ResponseRow> readRows(String csv) {
        List<ResponseRow> rows = new ArrayList<>(2);
        try {
            ResponseRowReader.read(
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "stored answer", rows::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
