package org.moralbase.participation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.Duration;
import java.util.function.Consumer;
import org.moralbase.base.ui.BackgroundSave;
import org.moralbase.participation.AnswerNotSavedException;
import org.moralbase.participation.StudyClosedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a participant page says how its answer's save is going: nothing while it is quick, "Saving your answer…"
 * while the database is being retried, "not saved yet" with a retry button when it did not succeed. Saves go
 * through {@link BackgroundSave}. An answer refused because the study closed and its grace period ended leads to the
 * late-answer page ({@link LateAnswerView}) for every kind.
 */
public class SaveStatus extends Div {

    /**
     * How long a click's request waits for its answer to be saved before the page says it is saving (at once if the
     * database is away): long enough for a busy server, short enough that nobody wonders.
     */
    public static final Duration PATIENCE = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(SaveStatus.class);

    private final String retryId;

    /** A status line with this id; its retry button gets {@code retryId}. */
    public SaveStatus(String id, String retryId) {
        this.retryId = retryId;
        setId(id);
        addClassName("mb-save-status");
    }

    /**
     * Saves an answer: {@code saved} gets the outcome; if it fails, {@code notSaved} runs (the page unlocks) and
     * the status offers a retry button that runs {@code again}.
     */
    public <T> void save(BackgroundSave.Save<T> save, Consumer<T> saved, Runnable notSaved, Runnable again) {
        BackgroundSave.run(
                UI.getCurrent(),
                PATIENCE,
                save,
                saved,
                failure -> {
                    if (failure instanceof StudyClosedException late) {
                        LateAnswerView.show(late);
                        return;
                    }
                    if (!(failure instanceof AnswerNotSavedException)) {
                        log.error("An answer was not saved", failure);
                    }
                    notSaved.run();
                    notSaved(again);
                },
                this::saving);
    }

    /** Empties the line for the next item; sends nothing when it is empty already. */
    public void clear() {
        if (!getElement().getText().isEmpty() || getChildren().findAny().isPresent()) {
            setText("");
        }
    }

    /** Says that the answer is being saved (it takes longer than usual: the database is being retried). */
    public void saving() {
        setText(getTranslation("scenario.saving"));
    }

    /** Says that the answer was not saved and offers to send it again. */
    public void notSaved(Runnable again) {
        setText(getTranslation("scenario.notSaved"));
        Button retry = new Button(getTranslation("scenario.retry"), e -> again.run());
        retry.setId(retryId);
        add(retry);
    }
}
