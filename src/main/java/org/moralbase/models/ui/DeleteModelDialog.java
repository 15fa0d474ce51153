package org.moralbase.models.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelSummary;

/** Asks before deleting a model; the registry refuses models that have runs, and the reason is shown here. */
class DeleteModelDialog extends Dialog {

    DeleteModelDialog(ModelRegistryService registry, ModelSummary model, Runnable onDeleted) {
        setHeaderTitle("Delete " + model.name() + "?");
        setId("model-delete-dialog");
        Paragraph message = new Paragraph("The model leaves the registry. A model with runs cannot be deleted.");
        message.setId("model-delete-message");
        add(message);
        Button delete = new Button("Delete", e -> {
            try {
                registry.delete(model.id());
                close();
                onDeleted.run();
            } catch (IllegalArgumentException ex) {
                message.setText(ex.getMessage());
            }
        });
        delete.setId("model-delete-confirm");
        delete.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button("Cancel", e -> close()), delete);
    }
}
