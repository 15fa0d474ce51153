package org.moralbase.moralmachine.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;

/** The Moral Machine study a {@code studies/:id/…} route names; anything else answers "not found". */
final class StudyRoute {

    private StudyRoute() {}

    static Optional<StudySummary> study(BeforeEnterEvent event, StudyService studies) {
        Optional<StudySummary> study = event.getRouteParameters()
                .get("id")
                .filter(s -> s.matches("\\d{1,18}"))
                .flatMap(id -> studies.find(Long.parseLong(id)))
                .filter(s -> s.kind() == StudyKind.MORAL_MACHINE);
        if (study.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        }
        return study;
    }
}
