package org.moralbase.moralmachine;

import java.util.List;
import org.moralbase.moralmachine.format.ResponseContext;
import org.moralbase.moralmachine.format.ResponseRow;
import org.moralbase.moralmachine.format.ResponseRows;
import org.moralbase.participation.SessionView;
import org.moralbase.participation.StoredAnswer;

/** A stored Moral Machine answer as its two {@code SharedResponses.csv} rows. */
public final class AnswerRows {

    private AnswerRows() {}

    /**
     * The two rows of one answer: {@code ResponseId} = session id + "-" + position, {@code UserID} and
     * {@code ExtendedSessionId} = the session id, {@code Template} = the device class, {@code UserCountry3} = NA.
     */
    public static List<ResponseRow> of(SessionView session, StoredAnswer answer) {
        ShownScenario shown = ShownScenario.fromJson(answer.shown());
        ResponseContext context = new ResponseContext(
                session.publicId() + "-" + answer.position(),
                session.publicId(),
                session.publicId(),
                answer.position(),
                session.device(),
                shown.descriptionShown() ? 1 : 0,
                null);
        return ResponseRows.of(shown.scenario(), ShownScenario.savedSide(answer.choice()), context);
    }
}
