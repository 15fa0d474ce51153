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
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import java.util.function.Consumer;
import org.moralbase.base.ui.Form;
import org.moralbase.models.KeySource;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelSpec;
import org.moralbase.models.ModelSummary;
import org.moralbase.models.client.ProviderKind;

/**
 * Registers or edits a model ({@link ModelSpec}, bound field by field). A stored key is never sent back to the
 * browser: the field says "•••• set".
 */
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
    private final Form<ModelSpec> form = new Form<>(ModelSpec.class);

    ModelFormDialog(ModelRegistryService registry, ModelSummary existing, Consumer<ModelSummary> onSaved) {
        setHeaderTitle(existing == null ? "Register a model" : "Edit " + existing.name());
        setId("model-form");
        setWidth("48rem");
        setUpFields();
        name.addValueChangeListener(e -> family.setPlaceholder(registry.familySuggestion(e.getValue())));
        Optional<String> problem = registry.keyStorageProblem();
        Paragraph keyNote = new Paragraph(problem.orElse("A stored key is encrypted and never shown again."));
        keyNote.setId("model-key-note");
        problem.ifPresent(p -> keySource.setItemEnabledProvider(s -> s != KeySource.STORED));
        keySource.addValueChangeListener(e -> showKeyFields());
        bind();
        form.read(existing == null ? blank() : ModelSpec.of(existing));
        if (existing != null && existing.keySet()) {
            key.setPlaceholder("•••• set (type to replace)");
        }
        showKeyFields();
        FormLayout layout = new FormLayout(
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
        layout.setColspan(systemPrompt, 2);
        layout.setColspan(keyNote, 2);
        add(layout);

        Button save = new Button("Save");
        save.setId("model-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // messages come from validation and never contain the key
        form.submitOn(
                save,
                spec -> existing == null ? registry.create(spec) : registry.update(existing.id(), spec),
                saved -> {
                    key.clear();
                    close();
                    onSaved.accept(saved);
                });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    // field names are the services' message prefixes ("Base URL: …"), so their refusals land on the field
    private void bind() {
        form.text(name, "name")
                .text(family, "family")
                .bind(parameters, "parametersBillions", "Parameters")
                .bind(reasoning, "reasoning")
                .bind(released, "releaseDate")
                .bind(kind, "kind", "Provider API")
                .text(baseUrl, "baseUrl")
                .text(modelId, "modelId")
                .bind(temperature, "temperature")
                .bind(topP, "topP")
                .bind(maxTokens, "maxTokens")
                .bind(seed, "seed")
                .bind(timeout, "timeoutSeconds", "Timeout")
                .text(systemPrompt, "systemPromptOverride", "System prompt")
                .bind(keySource, "keySource", "Key source")
                .text(keyEnvVar, "keyEnvVar", "API key variable")
                .text(key, "newKey", "API key");
    }

    private void setUpFields() {
        name.setId("model-name");
        name.setValueChangeMode(ValueChangeMode.LAZY);
        family.setId("model-family");
        parameters.setId("model-parameters");
        reasoning.setId("model-reasoning");
        released.setId("model-released");
        released.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats("yyyy-MM-dd", "M/d/yyyy", "d.M.yyyy")
                .setBadInputErrorMessage("Release date: a date as YYYY-MM-DD, e.g. 2025-01-20"));
        released.setHelperText("YYYY-MM-DD, e.g. 2025-01-20");
        kind.setId("model-kind");
        kind.setLabel("Provider API");
        kind.setItems(ProviderKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "None: answers are imported" : k.label());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("None: answers are imported");
        kind.setHelperText("OpenAI-compatible: {base URL}/chat/completions; Ollama: {base URL}/api/chat");
        baseUrl.setId("model-base-url");
        baseUrl.setPlaceholder("https://api.openai.com/v1");
        modelId.setId("model-id");
        temperature.setId("model-temperature");
        topP.setId("model-top-p");
        maxTokens.setId("model-max-tokens");
        seed.setId("model-seed");
        timeout.setId("model-timeout");
        systemPrompt.setId("model-system-prompt");
        keySource.setId("model-key-source");
        keySource.setItems(KeySource.values());
        keySource.setItemLabelGenerator(KeySource::label);
        keyEnvVar.setId("model-key-env");
        keyEnvVar.setPlaceholder("MORALBASE_KEY_OPENAI");
        key.setId("model-key");
    }

    private void showKeyFields() {
        keyEnvVar.setVisible(keySource.getValue() == KeySource.ENV_VAR);
        key.setVisible(keySource.getValue() == KeySource.STORED);
    }

    /** A new model: an OpenAI-compatible server without a key, a 60-second timeout. */
    private static ModelSpec blank() {
        return new ModelSpec(
                null,
                null,
                null,
                false,
                null,
                ProviderKind.OPENAI_COMPATIBLE,
                null,
                null,
                null,
                null,
                null,
                null,
                60,
                null,
                KeySource.NONE,
                null,
                null);
    }
}
