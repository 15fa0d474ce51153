package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.moralbase.moralmachine.MoralMachineSettings;

/**
 * The models on a Moral Machine study's closing page, as one value of {@link MoralMachineSettings}: {@code null} for
 * the latest three, an empty list for none, or the models chosen here.
 */
class ParticipantModelsField extends CustomField<List<String>> {

    static final String LATEST = "The three models with the most recent finished runs";
    static final String CHOSEN = "Only the models chosen here";
    static final String NONE = "No models";

    private final RadioButtonGroup<String> choice = new RadioButtonGroup<>();
    private final MultiSelectComboBox<String> models = new MultiSelectComboBox<>("Models shown");
    private final List<String> registered;

    /** @param registered the models the researcher sees (decision 0038); models already chosen stay offered */
    ParticipantModelsField(List<String> registered) {
        this.registered = registered;
        setLabel("Models on the closing page");
        setId("mm-participant-models-field");
        choice.setItems(LATEST, CHOSEN, NONE);
        choice.setId("mm-participant-models-choice");
        choice.addValueChangeListener(e -> models.setVisible(CHOSEN.equals(e.getValue())));
        models.setItems(registered);
        models.setHelperText("Each with its latest finished run on this study (at most "
                + MoralMachineSettings.MAX_PARTICIPANT_MODELS + "); a model without one is left out.");
        models.setWidth("40em");
        models.setId("mm-participant-models");
        VerticalLayout parts = new VerticalLayout(choice, models);
        parts.setPadding(false);
        parts.setSpacing(false);
        add(parts);
        setPresentationValue(null); // the field starts as null, so reading null later changes nothing to show
    }

    @Override
    protected List<String> generateModelValue() {
        if (LATEST.equals(choice.getValue())) {
            return null;
        }
        return NONE.equals(choice.getValue()) ? List.of() : List.copyOf(models.getValue());
    }

    @Override
    protected void setPresentationValue(List<String> shown) {
        choice.setValue(shown == null ? LATEST : shown.isEmpty() ? NONE : CHOSEN);
        // a model chosen by a colleague may not be shared with this researcher: keep it, or saving would drop it
        Set<String> offered = new LinkedHashSet<>(registered);
        if (shown != null) {
            offered.addAll(shown);
        }
        models.setItems(List.copyOf(offered));
        models.setValue(shown == null ? Set.of() : new LinkedHashSet<>(shown));
        models.setVisible(CHOSEN.equals(choice.getValue()));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        choice.setReadOnly(readOnly);
        models.setReadOnly(readOnly);
    }
}
