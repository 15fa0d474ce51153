package org.moralbase.choicepair.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.ChoicePairResults;
import org.moralbase.choicepair.ItemShare;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;

/** Per-item human choice shares of a choice-pair study, with Wilson 95% intervals. */
@Route("studies/:id/shares")
@PageTitle("Shares · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
class SharesView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final ChoicePairResults results;

    SharesView(StudyService studies, ChoicePairResults results) {
        this.studies = studies;
        this.results = results;
        setId("shares-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<StudySummary> study = event.getRouteParameters()
                .get("id")
                .filter(s -> s.matches("\\d{1,18}"))
                .flatMap(id -> studies.find(Long.parseLong(id)))
                .filter(s -> s.kind() == StudyKind.CHOICE_PAIR);
        if (study.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        H2 title = new H2("Choice shares · " + study.get().title());
        title.setId("shares-heading");
        Grid<ItemShare> grid = new Grid<>();
        grid.addColumn(ItemShare::key).setHeader("Item").setAutoWidth(true);
        grid.addColumn(ItemShare::optionA).setHeader("Option A");
        grid.addColumn(ItemShare::optionB).setHeader("Option B");
        grid.addColumn(s -> s.shareA() == null
                        ? "–"
                        : String.format(
                                Locale.ROOT,
                                "%.3f [%.3f, %.3f]  %d/%d",
                                s.shareA().estimate(),
                                s.shareA().ciLow(),
                                s.shareA().ciHigh(),
                                s.shareA().successes(),
                                s.shareA().trials()))
                .setHeader("People choosing A")
                .setAutoWidth(true);
        grid.addColumn(ItemShare::undecided).setHeader("Cannot decide");
        grid.setItems(results.shares(study.get().id()));
        grid.setId("shares-grid");
        add(title, new Paragraph("Share of decided answers choosing option A, Wilson 95% interval."), grid);
    }
}
