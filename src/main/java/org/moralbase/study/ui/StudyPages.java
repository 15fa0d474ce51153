package org.moralbase.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import java.util.Arrays;
import java.util.Optional;
import org.moralbase.base.ui.Form;
import org.moralbase.base.ui.Notices;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;

/**
 * What every {@code studies/:id/…} page of every feature needs: its study, and on settings pages the notice on fixed
 * settings and the save button.
 */
public final class StudyPages {

    private StudyPages() {}

    /**
     * The study the route's {@code id} names, if the viewer may see it and it is of one of {@code kinds} (any kind
     * when none are given); otherwise the page answers "not found" and this is empty.
     */
    public static Optional<StudySummary> fromRoute(BeforeEnterEvent event, StudyService studies, String... kinds) {
        Optional<StudySummary> study = event.getRouteParameters()
                .get("id")
                .filter(s -> s.matches("\\d{1,18}"))
                .flatMap(id -> studies.find(Long.parseLong(id)))
                .filter(s -> kinds.length == 0 || Arrays.asList(kinds).contains(s.kind()));
        if (study.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        }
        return study;
    }

    /** The route parameters of a {@code studies/:id/…} page. */
    public static RouteParameters params(long studyId) {
        return new RouteParameters("id", Long.toString(studyId));
    }

    /**
     * The notice on the settings page of a study that is no longer a draft: a participant's items are rebuilt from the
     * settings and the seeds, so settings stay fixed.
     *
     * @param items what participants get, e.g. "scenarios"
     */
    public static Paragraph settingsLockedNotice(StudySummary study, String id, String items) {
        Paragraph locked =
                new Paragraph("This study is " + study.status().name().toLowerCase()
                        + ": its settings are fixed, so that every participant's " + items + " stay reproducible.");
        locked.addClassName("mb-card");
        locked.setId(id);
        return locked;
    }

    /**
     * The save button of a kind's settings page: the form is editable only while the study is a draft, and saving
     * writes its record as the study's settings document ({@code toJson}), then shows the study again.
     */
    public static <R extends Record> Button saveSettings(
            Form<R> form,
            StudyService studies,
            StudySummary study,
            SerializableFunction<R, String> toJson,
            SerializableConsumer<StudySummary> show,
            String id) {
        boolean draft = study.status() == StudyStatus.DRAFT;
        form.setReadOnly(!draft);
        Button save = new Button(
                "Save settings",
                e -> form.submit(settings -> studies.updateSettings(study.id(), toJson.apply(settings)), saved -> {
                    show.accept(saved);
                    Notices.success("Settings saved");
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(id);
        save.setVisible(draft);
        return save;
    }
}
