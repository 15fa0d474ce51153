package org.moralbase.participation.ui;

import com.vaadin.flow.component.HasComponents;
import org.moralbase.base.ui.SessionUnavailablePage;
import org.moralbase.participation.AnswerNotSavedException;
import org.moralbase.participation.StudyClosedException;

/**
 * Shows a participant page that reads the session, or, while the database is away, the page that says so; a step
 * refused because the study closed and its grace period ended leads to the late-answer page ({@link LateAnswerView}).
 */
public final class Reading {

    private Reading() {}

    /** Runs {@code show}; if the session cannot be read, {@code page} shows {@code session-unavailable} instead. */
    public static void show(HasComponents page, Runnable show) {
        try {
            show.run();
        } catch (AnswerNotSavedException databaseAway) {
            page.removeAll();
            page.add(new SessionUnavailablePage(() -> show(page, show)));
        } catch (StudyClosedException late) {
            LateAnswerView.show(late);
        }
    }
}
