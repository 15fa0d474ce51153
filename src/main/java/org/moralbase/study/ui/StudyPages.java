package org.moralbase.study.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import java.util.Arrays;
import java.util.Optional;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;

/** What every {@code studies/:id/…} page of every feature needs: its study, and the notice on fixed settings. */
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
}
