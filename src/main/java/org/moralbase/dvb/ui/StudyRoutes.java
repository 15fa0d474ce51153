package org.moralbase.dvb.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;

/** Reads the study of a {@code studies/:id/...} address; unknown or invisible studies answer 404. */
final class StudyRoutes {

    private StudyRoutes() {}

    static Optional<StudySummary> study(BeforeEnterEvent event, StudyService studies) {
        Optional<StudySummary> study = event.getRouteParameters()
                .get("id")
                .filter(s -> s.matches("\\d{1,18}"))
                .flatMap(id -> studies.find(Long.parseLong(id)));
        if (study.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
        }
        return study;
    }
}
