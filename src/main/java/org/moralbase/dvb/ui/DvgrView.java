package org.moralbase.dvb.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.SvgChart;
import org.moralbase.condition.StudyConditions;
import org.moralbase.condition.ui.ConditionPicker;
import org.moralbase.dvb.DeepValueKind;
import org.moralbase.dvb.DvbResults;
import org.moralbase.dvb.DvgrChart;
import org.moralbase.dvb.DvgrReport;
import org.moralbase.dvb.DvgrRow;
import org.moralbase.stats.IntervalCaveat;
import org.moralbase.stats.PValues;
import org.moralbase.stats.proportion.Proportion;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyDownloads;
import org.moralbase.study.ui.StudyPages;

/**
 * The DVGR of a DVB study: people beside the models (imported answers and runs), as a chart and tables, overall
 * and by factor; the responses and the per-item distribution as CSV.
 */
@Route("studies/:id/dvgr")
@PageTitle("DVGR · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class DvgrView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final DvbResults results;
    private final DeepValueKind kind;

    private final StudyConditions conditions;
    private String condition;

    DvgrView(StudyService studies, DvbResults results, DeepValueKind kind, StudyConditions conditions) {
        this.conditions = conditions;
        this.studies = studies;
        this.results = results;
        this.kind = kind;
        setId("dvgr-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        condition = null;
        StudyPages.fromRoute(event, studies, DeepValueKind.ID).ifPresent(this::show);
    }

    private void show(StudySummary s) {
        removeAll();
        DvgrReport report = results.report(s.id(), condition);
        H2 title = new H2("DVGR · " + s.title());
        title.setId("dvgr-heading");
        Paragraph how = new Paragraph("Deep-value generalisation rate: share of answered test trials in which the deep "
                + "value was generalised; Wilson 95% interval; exact two-sided binomial test against 0.5. Attention "
                + "checks and the " + report.screenedOut() + " screened-out participant(s) are not counted.");
        how.addClassName("mb-muted");
        Proportion published = report.published();
        Paragraph reference =
                new Paragraph("Published reference (9 models, Ashkinaze et al. 2025): " + cell(published));
        reference.setId("dvgr-published");
        SvgChart chart = new SvgChart("dvgr-chart", "dvgr-" + s.id());
        chart.setSvg(DvgrChart.svg(report));
        add(title, how);
        ConditionPicker.of(conditions.list(s.id()), condition, code -> {
                    condition = code;
                    show(s);
                })
                .ifPresent(this::add);
        add(chart, table("dvgr-overall", List.of(report.overall())), reference);
        add(new StudyDownloads(kind.exports(s.id())));
        report.byFactor().forEach((factor, rows) -> {
            add(new H3(factor));
            add(table("dvgr-" + factor.toLowerCase(Locale.ROOT).replace(' ', '-'), rows));
        });
        add(new H3("Models"));
        add(table("dvgr-models", report.byModel()));
    }

    private static Grid<DvgrRow> table(String id, List<DvgrRow> rows) {
        Grid<DvgrRow> grid = Grids.readable(new Grid<>());
        Grids.names(grid, DvgrRow::group, "Group");
        grid.addColumn(r -> cell(r.humans())).setHeader("People").setAutoWidth(true);
        grid.addColumn(r -> cell(r.models())).setHeader("Models").setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setId(id);
        return grid;
    }

    static String cell(Proportion p) {
        if (p == null) {
            return "–";
        }
        return String.format(
                Locale.ROOT,
                "%s  %d/%d  %s",
                IntervalCaveat.estimate(p.estimate(), p.trials(), p.ciLow(), p.ciHigh()),
                p.successes(),
                p.trials(),
                PValues.format(p.pValue(), p.logPValue()));
    }
}
