package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.moralbase.base.ui.BackgroundSave;
import org.moralbase.moralmachine.Scenario;
import org.moralbase.moralmachine.ShownScenario;
import org.moralbase.moralmachine.Side;
import org.moralbase.moralmachine.picture.ScenarioScenes;
import org.moralbase.participation.ui.SaveStatus;

/**
 * The scenario step: two pictures side by side (stacked on a phone), chosen by click, tap or the arrow keys; a
 * toggle shows the text descriptions. Built once per page and updated in place for each scenario ({@link #show}),
 * so an answer's response carries only what changed. A choice is sent once: the step locks itself until the next
 * scenario is shown, and every click or key press carries the position the participant saw, so one meant for an
 * earlier scenario (queued in the browser while the answer was on its way) is ignored.
 */
class ScenarioStep extends Div {

    /** Receives the participant's choice of the scenario at {@code position}. */
    interface ChoiceHandler {
        void choose(int position, String choice, boolean descriptionShown);
    }

    /** The position the page showed when the participant clicked, evaluated in the browser at that moment. */
    static final String SHOWN_POSITION = "document.getElementById('scenario-step')?.dataset.position";

    private static final String ARROW_KEYS =
            "(event.key === 'ArrowLeft' || event.key === 'ArrowRight') && !event.repeat"
                    + " && !event.altKey && !event.ctrlKey && !event.metaKey && (event.preventDefault() || true)";

    private final int total;
    private final ChoiceHandler handler;
    private final Span progressText = new Span();
    private final ProgressBar progress;
    private final Outcome left = new Outcome(ShownScenario.LEFT);
    private final Outcome right = new Outcome(ShownScenario.RIGHT);
    private final Button toggle = new Button();
    private final Div descriptions = new Div();
    private final SaveStatus status = new SaveStatus("save-status", "retry-save");
    private int position;
    private boolean descriptionShown;
    private boolean locked;
    private Registration keys;

    ScenarioStep(int total, ChoiceHandler handler) {
        this.total = total;
        this.handler = handler;
        setId("scenario-step");
        addClassName("mb-scenario");
        progressText.setId("progress-text");
        progress = new ProgressBar(0, total, 0);
        progress.setId("progress");
        H2 question = new H2(getTranslation("scenario.question"));
        question.addClassName("mb-question");

        Div pictures = new Div(left.card, right.card);
        pictures.addClassName("mb-outcomes");

        toggle.setId("toggle-description");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        descriptions.setId("descriptions");
        descriptions.addClassName("mb-descriptions");
        descriptions.add(left.description, right.description);
        toggle.addClickListener(e -> showDescriptions(!descriptions.isVisible()));
        showDescriptions(false);

        add(progressText, progress, question, pictures, toggle, descriptions, status);
    }

    /** Shows the scenario at a 1-based position, unlocked, with the descriptions closed. */
    void show(Scenario scenario, int position) {
        this.position = position;
        getElement().setAttribute("data-position", Integer.toString(position));
        progressText.setText(getTranslation("scenario.progress", position, total));
        progress.setValue(position - 1);
        left.show(scenario, Side.LEFT);
        right.show(scenario, Side.RIGHT);
        if (descriptions.isVisible()) {
            showDescriptions(false);
        }
        descriptionShown = false;
        locked = false;
        status.clear();
    }

    /**
     * Saves this step's answer, its status line saying how it goes: if it is not saved the step unlocks (choose
     * again) and offers to send the same choice again.
     */
    <T> void save(BackgroundSave.Save<T> save, Consumer<T> saved, String choice) {
        status.save(save, saved, () -> locked = false, () -> choose(choice));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        keys = event.getUI()
                .getElement()
                .addEventListener("keydown", this::keyPressed)
                .setFilter(ARROW_KEYS)
                .addEventData("event.key")
                .addEventData(SHOWN_POSITION);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        keys.remove();
    }

    private void keyPressed(DomEvent e) {
        String key = e.getEventData().path("event.key").asString("");
        chooseIfCurrent(e, key.equals("ArrowLeft") ? ShownScenario.LEFT : ShownScenario.RIGHT);
    }

    private void chooseIfCurrent(DomEvent e, String choice) {
        if (Integer.toString(position)
                .equals(e.getEventData().path(SHOWN_POSITION).asString(""))) {
            choose(choice);
        } // else: meant for an earlier scenario
    }

    private void choose(String choice) {
        if (locked) {
            return; // a second click, tap or key press on the same scenario is ignored
        }
        locked = true;
        handler.choose(position, choice, descriptionShown);
    }

    private void showDescriptions(boolean show) {
        descriptions.setVisible(show);
        descriptionShown |= show;
        toggle.setText(getTranslation(show ? "scenario.hideDescription" : "scenario.showDescription"));
    }

    /** One side: the picture and its button in a card, and its text description. */
    private final class Outcome {
        final Image picture = new Image();
        final Div card;
        final Paragraph description = new Paragraph();

        Outcome(String choice) {
            Button choose = new Button(getTranslation("scenario.choose"));
            choose.setId("choose-" + choice);
            choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            choose.setWidthFull();
            picture.addClassName("mb-outcome-picture");
            picture.getElement().setAttribute("draggable", "false");
            // the previous scenario's picture stays on screen while the next one loads: hidden until it has loaded,
            // so nobody answers a scenario looking at the one before (its place is kept, the page does not move)
            picture.getElement()
                    .executeJs("const show = () => this.style.visibility = '';"
                            + " this.addEventListener('load', show); this.addEventListener('error', show);");
            card = new Div(picture, choose);
            card.setId("outcome-" + choice);
            card.addClassName("mb-outcome");
            description.setId("description-" + choice);
            for (Element clickable : new Element[] {picture.getElement(), choose.getElement()}) {
                clickable
                        .addEventListener("click", e -> chooseIfCurrent(e, choice))
                        .addEventData(SHOWN_POSITION);
            }
        }

        void show(Scenario scenario, Side side) {
            String text = ScenarioText.describe(ScenarioStep.this::getTranslation, scenario, side);
            // a file the browser fetches and keeps, not markup in the answer (decision 0044)
            picture.setSrc(OutcomePictureController.url(ScenarioScenes.forSide(scenario, side)));
            picture.setAlt(getTranslation("scenario.picture", side.caseNumber(), text));
            picture.getElement().executeJs("if (!this.complete) this.style.visibility = 'hidden';");
            description.setText(side.caseNumber() + ". " + text);
        }
    }
}
