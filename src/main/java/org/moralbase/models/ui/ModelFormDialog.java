package org.moralbase.models.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.function.Consumer;
import org.moralbase.models.KeySource;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelSpec;
import org.moralbase.models.ModelSummary;
import org.moralbase.models.client.ProviderKind;
import org.moralbase.models.client.Sampling;

/** Registers or edits a model. A stored key is never sent back to the browser: the field says "•••• set". */
class ModelFormDialog extends Dialog {

    private final TextField name = new TextField("Name");
    private final TextField family = new TextField("Family");
    private final NumberField parameters = new NumberField("Parameters (billions)");
    private final Checkbox reasoning = new Checkbox("Reasoning model");
    private final DatePicker released = new DatePicker("Release date");
    private final Select<ProviderKind> kind = new Select<>();
    private final TextField baseUrl = new TextField("Base URL");
    private final TextField modelId = new TextField("Model id");
    private final NumberField temperature = new NumberField("Temperature");
    private final NumberField topP = new NumberField("Top-p");
    private final IntegerField maxTokens = new IntegerField("Max tokens");
    private final IntegerField seed = new IntegerField("Sampling seed");
    private final IntegerField timeout = new IntegerField("Timeout (s)");
    private final TextArea systemPrompt = new TextArea("System prompt override");
    private final RadioButtonGroup<KeySource> keySource = new RadioButtonGroup<>("API key");
    private final TextField keyEnvVar = new TextField("Environment variable");
    private final PasswordField key = new PasswordField("Key");

    ModelFormDialog(ModelRegistryService registry, ModelSummary existing, Consumer<ModelSummary> onSaved) {
        setHeaderTitle(existing == null ? "Register a model" : "Edit " + existing.name());
        setId("model-form");
        setWidth("48rem");
        name.setId("model-name");
        family.setId("model-family");
        baseUrl.setId("model-base-url");
        modelId.setId("model-id");
        keySource.setId("model-key-source");
        keyEnvVar.setId("model-key-env");
        key.setId("model-key");
        kind.setLabel("Provider API");
        kind.setItems(ProviderKind.values());
        kind.setValue(ProviderKind.OPENAI_COMPATIBLE);
        timeout.setValue(60);
        name.addValueChangeListener(e -> family.setPlaceholder(registry.familySuggestion(e.getValue())));
        name.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        keySource.setItems(KeySource.values());
        keySource.setItemLabelGenerator(s -> switch (s) {
            case NONE -> "No key";
            case ENV_VAR -> "Environment variable";
            case STORED -> "Store encrypted";
        });
        keySource.setValue(KeySource.NONE);
        keyEnvVar.setPlaceholder("MORALBASE_KEY_OPENAI");
        Optional<String> problem = registry.keyStorageProblem();
        Paragraph keyNote = new Paragraph(problem.orElse("A stored key is encrypted and never shown again."));
        keyNote.setId("model-key-note");
        problem.ifPresent(p -> keySource.setItemEnabledProvider(s -> s != KeySource.STORED));
        keySource.addValueChangeListener(e -> showKeyFields());
        if (existing != null) {
            fill(existing);
        }
        showKeyFields();
        FormLayout form = new FormLayout(
                name,
                family,
                parameters,
                released,
                reasoning,
                kind,
                baseUrl,
                modelId,
                temperature,
                topP,
                maxTokens,
                seed,
                timeout,
                systemPrompt,
                keySource,
                keyEnvVar,
                key,
                keyNote);
        form.setColspan(systemPrompt, 2);
        form.setColspan(keyNote, 2);
        add(form);

        Button save = new Button("Save", e -> {
            try {
                ModelSpec spec = spec();
                ModelSummary saved = existing == null ? registry.create(spec) : registry.update(existing.id(), spec);
                key.clear();
                close();
                onSaved.accept(saved);
            } catch (IllegalArgumentException ex) {
                // messages come from validation and never contain the key
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
            }
        });
        save.setId("model-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void fill(ModelSummary m) {
        name.setValue(m.name());
        family.setValue(m.family());
        parameters.setValue(m.parametersBillions());
        reasoning.setValue(m.reasoning());
        released.setValue(m.releaseDate());
        kind.setValue(m.kind());
        baseUrl.setValue(m.baseUrl());
        modelId.setValue(m.modelId());
        temperature.setValue(m.sampling().temperature());
        topP.setValue(m.sampling().topP());
        maxTokens.setValue(m.sampling().maxTokens());
        seed.setValue(m.sampling().seed());
        timeout.setValue(m.timeoutSeconds());
        systemPrompt.setValue(m.systemPromptOverride() == null ? "" : m.systemPromptOverride());
        keySource.setValue(m.keySource());
        keyEnvVar.setValue(m.keyEnvVar() == null ? "" : m.keyEnvVar());
        if (m.keySet()) {
            key.setPlaceholder("•••• set (type to replace)");
        }
    }

    private void showKeyFields() {
        keyEnvVar.setVisible(keySource.getValue() == KeySource.ENV_VAR);
        key.setVisible(keySource.getValue() == KeySource.STORED);
    }

    private ModelSpec spec() {
        Sampling sampling;
        try {
            sampling = new Sampling(temperature.getValue(), topP.getValue(), maxTokens.getValue(), seed.getValue());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Sampling: " + e.getMessage());
        }
        return new ModelSpec(
                name.getValue(),
                family.getValue(),
                parameters.getValue(),
                reasoning.getValue(),
                released.getValue(),
                kind.getValue(),
                baseUrl.getValue(),
                modelId.getValue(),
                sampling,
                timeout.getValue() == null ? 60 : timeout.getValue(),
                systemPrompt.getValue(),
                keySource.getValue(),
                keyEnvVar.getValue(),
                key.getValue().isBlank() ? null : key.getValue());
    }
}
