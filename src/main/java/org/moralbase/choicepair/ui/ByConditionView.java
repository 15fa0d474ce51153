package org.moralbase.choicepair.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.SvgChart;
import org.moralbase.choicepair.ChoicePairConditions;
import org.moralbase.choicepair.ChoicePairKind;
import org.moralbase.choicepair.ConditionComparison;
import org.moralbase.condition.ConsistencyChart;
import org.moralbase.condition.ui.ConditionsView;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;

/**
 * A choice-pair study by condition (decision 0028): the policy consistency of people and of each model per condition
 * as a chart, and every item's share of A under each condition, people beside the runs that asked it.
 */
@Route("studies/:id/by-condition")
@PageTitle("By condition · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class ByConditionView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final ChoicePairConditions conditions;

    ByConditionView(StudyService studies, ChoicePairConditions conditions) {
        this.studies = studies;
        this.conditions = conditions;
        setId("by-condition-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies, ChoicePairKind.ID).ifPresent(this::show);
    }

    private void show(StudySummary study) {
        removeAll();
        H2 title = new H2("By condition · " + study.title());
        title.setId("by-condition-heading");
        add(title);
        ConditionComparison c = conditions.compare(study.id());
        if (c.conditions().isEmpty()) {
            Paragraph none = new Paragraph("This study has no conditions. Add them (a stated policy, an instruction)"
                    + " on its Conditions page; each participant is then assigned one and models are asked each.");
            none.setId("by-condition-none");
            add(none, new RouterLink("Conditions", ConditionsView.class, StudyPages.params(study.id())));
            return;
        }
        add(
                new H3("Policy consistency"),
                new Paragraph("Share of answers choosing the option the condition's policy"
                        + " implies, over the items marked for it (Conditions page, \u201cWhich option each policy"
                        + " implies\u201d): people's decided answers with the Wilson 95% interval, models' readable answers"
                        + " from the runs that asked the condition."));
        SvgChart chart = new SvgChart("consistency-chart", "policy-consistency");
        chart.setSvg(ConsistencyChart.svg(c.conditions(), c.models()));
        add(chart);
        add(new H3("Items by condition"), shifts(c));
    }

    private static Grid<ConditionComparison.Shift> shifts(ConditionComparison c) {
        Grid<ConditionComparison.Shift> grid = Grids.readable(new Grid<>());
        grid.setId("by-condition-items");
        grid.addColumn(ConditionComparison.Shift::itemKey)
                .setHeader("Item")
                .setSortable(true)
                .setAutoWidth(true);
        grid.addColumn(ConditionComparison.Shift::condition)
                .setHeader("Condition")
                .setSortable(true);
        grid.addColumn(s -> s.implied() == null ? "" : s.implied())
                .setHeader("Implied")
                .setAutoWidth(true);
        grid.addColumn(s -> share(s.peopleShareA()) + " (n=" + s.peopleDecided() + ")")
                .setHeader("People choosing A")
                .setAutoWidth(true);
        for (String model : c.models()) {
            grid.addColumn(s -> share(s.modelShareA().get(model)))
                    .setHeader(model)
                    .setAutoWidth(true);
        }
        grid.setItems(c.items());
        grid.setAllRowsVisible(c.items().size() <= 40);
        return grid;
    }

    private static String share(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.0f%%", v * 100);
    }
}
