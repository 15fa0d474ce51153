package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.moralbase.base.ui.SvgView;
import org.moralbase.moralmachine.Scenario;
import org.moralbase.moralmachine.ShownScenario;
import org.moralbase.moralmachine.Side;
import org.moralbase.moralmachine.picture.OutcomePicture;
import org.moralbase.moralmachine.picture.ScenarioScenes;

/**
 * One scenario: two pictures side by side (stacked on a phone), chosen by click, tap or the arrow keys; a
 * toggle shows the text descriptions. A choice is sent once: the step locks itself until the page moves on.
 */
class ScenarioStep extends Div {

    /** Receives the participant's choice; returns false if it could not be saved (the step then offers retry). */
    interface ChoiceHandler {
        boolean choose(String choice, boolean descriptionShown);
    }

    private final ChoiceHandler handler;
    private final Div status = new Div();
    private final Div descriptions = new Div();
    private boolean descriptionShown;
    private boolean locked;

    ScenarioStep(Scenario scenario, int position, int total, ChoiceHandler handler) {
        this.handler = handler;
        setId("scenario-step");
        addClassName("mb-scenario");

        Span progressText = new Span(getTranslation("scenario.progress", position, total));
        progressText.setId("progress-text");
        ProgressBar progress = new ProgressBar(0, total, position - 1);
        progress.setId("progress");
        H2 question = new H2(getTranslation("scenario.question"));
        question.addClassName("mb-question");

        Div pictures = new Div(card(scenario, Side.LEFT), card(scenario, Side.RIGHT));
        pictures.addClassName("mb-outcomes");

        Button toggle = new Button(getTranslation("scenario.showDescription"));
        toggle.setId("toggle-description");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        descriptions.setVisible(false);
        descriptions.setId("descriptions");
        descriptions.addClassName("mb-descriptions");
        descriptions.add(description(scenario, Side.LEFT), description(scenario, Side.RIGHT));
        toggle.addClickListener(e -> {
            boolean show = !descriptions.isVisible();
            descriptions.setVisible(show);
            descriptionShown |= show;
            toggle.setText(getTranslation(show ? "scenario.hideDescription" : "scenario.showDescription"));
        });

        status.setId("save-status");
        status.addClassName("mb-save-status");
        add(progressText, progress, question, pictures, toggle, descriptions, status);

        Shortcuts.addShortcutListener(this, () -> choose(ShownScenario.LEFT), Key.ARROW_LEFT);
        Shortcuts.addShortcutListener(this, () -> choose(ShownScenario.RIGHT), Key.ARROW_RIGHT);
    }

    private Div card(Scenario scenario, Side side) {
        String choice = side == Side.LEFT ? ShownScenario.LEFT : ShownScenario.RIGHT;
        String label = getTranslation(
                "scenario.picture", side.caseNumber(), ScenarioText.describe(this::getTranslation, scenario, side));
        SvgView picture = new SvgView(OutcomePicture.render(ScenarioScenes.forSide(scenario, side), label));
        Button choose = new Button(getTranslation("scenario.choose"), e -> choose(choice));
        choose.setId("choose-" + choice);
        choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        choose.setWidthFull();
        Div card = new Div(picture, choose);
        card.setId("outcome-" + choice);
        card.addClassName("mb-outcome");
        picture.getElement().addEventListener("click", e -> choose(choice));
        return card;
    }

    private Paragraph description(Scenario scenario, Side side) {
        Paragraph p =
                new Paragraph(side.caseNumber() + ". " + ScenarioText.describe(this::getTranslation, scenario, side));
        p.setId("description-" + (side == Side.LEFT ? ShownScenario.LEFT : ShownScenario.RIGHT));
        return p;
    }

    private void choose(String choice) {
        if (locked) {
            return; // a second click, tap or key press on the same scenario is ignored
        }
        locked = true;
        status.setText(getTranslation("scenario.saving"));
        if (!handler.choose(choice, descriptionShown)) {
            status.removeAll();
            status.setText(getTranslation("scenario.notSaved"));
            Button retry = new Button(getTranslation("scenario.retry"), e -> {
                locked = false;
                choose(choice);
            });
            retry.setId("retry-save");
            status.add(retry);
        }
    }
}
