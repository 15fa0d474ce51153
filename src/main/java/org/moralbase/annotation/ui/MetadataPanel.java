package org.moralbase.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.moralbase.annotation.ItemMetadataService;
import org.moralbase.annotation.MetadataShown;
import org.moralbase.base.ui.Form;
import org.moralbase.base.ui.Notices;

/** The researcher's choice of what of an item's source metadata annotators see (none until chosen). */
class MetadataPanel extends VerticalLayout {

    private final ItemMetadataService metadata;
    private final long id;
    private final MultiSelectComboBox<String> fields = new MultiSelectComboBox<>("Fields shown");

    MetadataPanel(ItemMetadataService metadata, long id) {
        this.metadata = metadata;
        this.id = id;
        setPadding(false);
        setId("metadata-panel");
        RadioButtonGroup<MetadataShown.Mode> mode = new RadioButtonGroup<>("Item metadata annotators see");
        mode.setItems(MetadataShown.Mode.values());
        mode.setItemLabelGenerator(MetadataShown.Mode::label);
        mode.setId("metadata-mode");
        fields.setId("metadata-fields");
        fields.setWidth("40em");
        fields.setMaxWidth("100%");
        mode.addValueChangeListener(e -> fields.setVisible(e.getValue() == MetadataShown.Mode.CHOSEN));
        Form<MetadataShown> form = new Form<>(MetadataShown.class)
                .bind(mode, "mode", "Metadata shown")
                .convert(
                        fields,
                        "fields",
                        "Metadata fields",
                        (Set<String> chosen) -> List.copyOf(chosen),
                        (List<String> list) -> new LinkedHashSet<>(list));
        refreshFields();
        form.read(metadata.shown(id));
        fields.setVisible(mode.getValue() == MetadataShown.Mode.CHOSEN);
        Button save = new Button("Save what annotators see");
        save.setId("save-metadata-shown");
        save.addClickListener(e -> form.submit(
                shown -> metadata.show(id, shown), saved -> Notices.success("Annotators now see: " + describe(saved))));
        add(
                new Paragraph("An item's metadata holds the dataset's own labels (gold or majority labels, rule "
                        + "flags), which would tell annotators an answer: none is shown unless you choose it here. "
                        + "Gold answers (gold_…) are never shown."),
                mode,
                fields,
                save);
    }

    /** Offers the fields the items carry now (after an import). */
    void refreshFields() {
        Set<String> chosen = fields.getValue();
        fields.setItems(metadata.fields(id));
        fields.setValue(chosen);
    }

    private static String describe(MetadataShown shown) {
        return switch (shown.mode()) {
            case NONE -> "no metadata";
            case ALL -> "all metadata fields";
            case CHOSEN -> String.join(", ", shown.fields());
        };
    }
}
