package org.moralbase.moralgraph.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.moralbase.base.ui.BackgroundSave;
import org.moralbase.moralgraph.CardDraft;
import org.moralbase.participation.AnswerReceipt;
import org.moralbase.participation.ui.SaveStatus;

/**
 * The form a participant writes a value card in, with guidance beside each field. The card's checks ({@link
 * CardDraft#problems()}) run before saving; each problem is shown under the field it names, and nothing is sent.
 */
class CardForm extends Div {

    /** Saves a checked card ({@code retrying} runs before each retry through an outage). */
    interface Saver {
        AnswerReceipt save(CardDraft draft, Runnable retrying);
    }

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final TextArea policies = new TextArea();
    private final SaveStatus status = new SaveStatus("vc-save-status", "vc-retry-save");
    private final Button save = new Button();
    private final Div fields;

    CardForm(String question, Saver saver, Runnable saved) {
        title.setLabel(getTranslation("vc.card.title"));
        title.setHelperText(getTranslation("vc.card.title.help"));
        title.setMaxLength(CardDraft.TITLE_LENGTH);
        title.setId("vc-card-title");
        description.setLabel(getTranslation("vc.card.description"));
        description.setHelperText(getTranslation("vc.card.description.help"));
        description.setMaxLength(CardDraft.DESCRIPTION_LENGTH);
        description.setId("vc-card-description");
        policies.setLabel(getTranslation("vc.card.policies"));
        policies.setHelperText(getTranslation("vc.card.policies.help"));
        policies.setMinRows(4);
        policies.setId("vc-card-policies");
        save.setText(getTranslation("vc.card.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("vc-card-save");
        save.addClickListener(e -> submit(saver, saved));
        Paragraph asked = new Paragraph(question);
        asked.setId("vc-study-question");
        fields = new Div(title, description, policies);
        fields.addClassName("mb-vc-form");
        add(new H2(getTranslation("vc.card.heading")), new Paragraph(getTranslation("vc.card.intro")), asked);
        add(fields, save, status);
        addClassName("mb-card");
        setId("vc-card-form");
    }

    /** Puts a component (the interviewer's chat) between the question and the fields. */
    void beforeFields(com.vaadin.flow.component.Component helper) {
        addComponentAtIndex(indexOf(fields), helper);
    }

    /** Fills the fields with a proposed card, for the participant to edit and confirm. */
    void fill(CardDraft card) {
        title.setValue(card.title());
        description.setValue(card.description());
        policies.setValue(String.join("\n", card.policies()));
        for (HasValidation field : List.<HasValidation>of(title, description, policies)) {
            field.setInvalid(false);
        }
    }

    private void submit(Saver saver, Runnable saved) {
        if (!save.isEnabled()) {
            return; // the card is on its way already
        }
        CardDraft draft = new CardDraft(
                title.getValue(), description.getValue(), CardDraft.policiesFromLines(policies.getValue()));
        List<CardDraft.Problem> problems = draft.checks();
        mark(title, problems, CardDraft.Field.TITLE);
        mark(description, problems, CardDraft.Field.DESCRIPTION);
        mark(policies, problems, CardDraft.Field.POLICIES);
        if (!problems.isEmpty()) {
            return;
        }
        save.setEnabled(false);
        BackgroundSave.Save<AnswerReceipt> send = retrying -> saver.save(draft, retrying);
        status.save(send, receipt -> saved.run(), () -> save.setEnabled(true), () -> submit(saver, saved));
    }

    // the message in the participant's language, under the field it is about
    private void mark(HasValidation field, List<CardDraft.Problem> problems, CardDraft.Field which) {
        String message = problems.stream()
                .filter(p -> p.field() == which)
                .map(p -> getTranslation(p.key(), p.args().toArray()))
                .findFirst()
                .orElse(null);
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }
}
