package org.moralbase.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.moralbase.base.ui.Once;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;

/**
 * A study's life beyond open and closed: duplicate it (a new draft with its settings and items, none of its
 * answers), archive or restore it, and delete it while it holds no answers. Each refusal is shown where the
 * researcher clicked.
 */
class StudyLifecycle extends HorizontalLayout {

    StudyLifecycle(
            StudyService studies,
            StudySummary s,
            Consumer<StudySummary> onChanged,
            Consumer<StudySummary> onDuplicated,
            Runnable onDeleted,
            Consumer<String> onRefused) {
        setId("study-lifecycle");
        setWrap(true);
        Button duplicate = new Button(
                "Duplicate", e -> duplicateDialog(studies, s, onDuplicated).open());
        duplicate.setId("study-duplicate");
        Button archive = new Button(s.archived() ? "Restore" : "Archive");
        archive.setId("study-archive");
        Once.onClick(archive, () -> {
            try {
                onChanged.accept(s.archived() ? studies.restore(s.id()) : studies.archive(s.id()));
            } catch (IllegalArgumentException refused) {
                onRefused.accept(refused.getMessage());
            }
        });
        Button delete =
                new Button("Delete…", e -> deleteDialog(studies, s, onDeleted).open());
        delete.setId("study-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(duplicate, archive, delete);
    }

    private static Dialog duplicateDialog(StudyService studies, StudySummary s, Consumer<StudySummary> onDuplicated) {
        Dialog dialog = new Dialog();
        dialog.setId("study-duplicate-dialog");
        dialog.setHeaderTitle("Duplicate “" + s.title() + "”?");
        dialog.add(new Paragraph("A new draft, yours, with this study's settings, recruitment and items, a new"
                + " participant link and random seed, and none of its answers. The recruitment's completion and"
                + " screen-out codes are copied too: change them for the new study on the platform."));
        Paragraph refused = new Paragraph();
        refused.addClassName("mb-warning");
        refused.setVisible(false);
        dialog.add(refused);
        // one key per opening: a replayed click finds the copy the first one made
        String requestKey = UUID.randomUUID().toString();
        Button confirm = new Button("Duplicate");
        confirm.setId("study-duplicate-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Once.onClick(confirm, () -> {
            try {
                StudySummary copy = studies.duplicate(s.id(), requestKey);
                dialog.close();
                onDuplicated.accept(copy);
            } catch (IllegalArgumentException e) {
                refused.setText(e.getMessage());
                refused.setVisible(true);
            }
        });
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        return dialog;
    }

    private static Dialog deleteDialog(StudyService studies, StudySummary s, Runnable onDeleted) {
        Dialog dialog = new Dialog();
        dialog.setId("study-delete-dialog");
        dialog.setHeaderTitle("Delete “" + s.title() + "”?");
        List<String> held = studies.held(s.id());
        Paragraph message = new Paragraph(
                held.isEmpty()
                        ? "The study goes with its settings and items. This cannot be undone."
                        : "The study holds " + String.join(" and ", held) + ", so it cannot be deleted. Archive it"
                                + " instead: it leaves the lists and keeps everything.");
        message.setId("study-delete-message");
        dialog.add(message);
        Button confirm = new Button("Delete");
        confirm.setId("study-delete-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(held.isEmpty());
        Once.onClick(confirm, () -> {
            try {
                studies.delete(s.id());
                dialog.close();
                onDeleted.run();
            } catch (IllegalArgumentException e) {
                message.setText(e.getMessage());
            }
        });
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        return dialog;
    }
}
