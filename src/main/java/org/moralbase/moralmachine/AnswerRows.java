package org.moralbase.moralmachine;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.moralbase.moralmachine.format.ResponseContext;
import org.moralbase.moralmachine.format.ResponseRow;
import org.moralbase.moralmachine.format.ResponseRows;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.StoredAnswer;
import org.moralbase.stats.amce.AmceRow;

/**
 * Turns a stored Moral Machine answer (its {@link ShownScenario} JSON and the chosen picture) into its two
 * {@code SharedResponses.csv} rows (methods §1.5), the one conversion that exports and live AMCEs share, so
 * that the export and the dashboard cannot disagree.
 */
public final class AnswerRows {

    private static final Set<String> TEMPLATES = Set.of("desktop", "mobile", "tablet");

    private AnswerRows() {}

    /**
     * The two rows of an answer: {@code ResponseID} = session id + "-" + position, {@code ExtendedSessionID} and
     * {@code UserID} = session id, {@code ScenarioOrder} = position, {@code Template} from the session's device,
     * {@code DescriptionShown} from what was shown, {@code UserCountry3} = NA.
     *
     * @throws IllegalArgumentException if the answer is not a Moral Machine answer (bad JSON or choice)
     */
    public static List<ResponseRow> of(SessionState session, StoredAnswer answer) {
        return of(session.participantId(), session.device(), answer);
    }

    /** As {@link #of(SessionState, StoredAnswer)}, from the session's public id and device. */
    public static List<ResponseRow> of(String sessionId, String device, StoredAnswer answer) {
        ShownScenario shown = parse(answer);
        ResponseContext context = new ResponseContext(
                sessionId + "-" + answer.position(),
                sessionId,
                sessionId,
                answer.position(),
                template(device),
                shown.descriptionShown() ? 1 : 0,
                null);
        return ResponseRows.of(shown.scenario(), ShownScenario.savedSide(answer.choice()), context);
    }

    /** The two AMCE rows of an answer, in cluster {@code cluster} (the participant session's dense id). */
    public static List<AmceRow> amceRows(StoredAnswer answer, long cluster) {
        ShownScenario shown = parse(answer);
        ResponseContext context = new ResponseContext("r", "s", "u", answer.position(), null, null, null);
        return ResponseRows.of(shown.scenario(), ShownScenario.savedSide(answer.choice()), context).stream()
                .map(r -> r.toAmceRow(cluster))
                .toList();
    }

    /** {@code Template}: the device if it is desktop, mobile or tablet (any case), else null (NA). */
    public static String template(String device) {
        if (device == null) {
            return null;
        }
        String d = device.strip().toLowerCase(Locale.ROOT);
        return TEMPLATES.contains(d) ? d : null;
    }

    private static ShownScenario parse(StoredAnswer answer) {
        if (answer.shown() == null) {
            throw new IllegalArgumentException("answer " + answer.position() + " has no scenario");
        }
        try {
            return ShownScenario.fromJson(answer.shown());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "answer " + answer.position() + " is not a Moral Machine scenario: " + e.getMessage(), e);
        }
    }
}
