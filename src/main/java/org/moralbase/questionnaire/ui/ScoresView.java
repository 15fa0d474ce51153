package org.moralbase.questionnaire.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.moralbase.base.Roles;
import org.moralbase.base.Svg;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.SvgChart;
import org.moralbase.base.ui.SvgView;
import org.moralbase.condition.StudyConditions;
import org.moralbase.condition.ui.ConditionPicker;
import org.moralbase.questionnaire.ItemChart;
import org.moralbase.questionnaire.ItemScores;
import org.moralbase.questionnaire.ProfileChart;
import org.moralbase.questionnaire.QuestionnaireKind;
import org.moralbase.questionnaire.QuestionnaireReport;
import org.moralbase.questionnaire.QuestionnaireResults;
import org.moralbase.questionnaire.ScoreSummary;
import org.moralbase.questionnaire.SubscaleScores;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyDownloads;
import org.moralbase.study.ui.StudyPages;

/**
 * A questionnaire's scores, kept up to date while open (a poll checks whether answers arrived): per subscale the
 * people's and each model's mean score, the profile chart, and per item the distributions and mean differences.
 */
@Route("studies/:id/q-scores")
@PageTitle("Scores · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class ScoresView extends VerticalLayout implements BeforeEnterObserver {

    static final int POLL_MS = 5000;

    private final StudyService studies;
    private final QuestionnaireResults results;
    private final QuestionnaireKind kind;
    private final VerticalLayout content = new VerticalLayout();
    private StudySummary study;
    private long shownVersion = -1;
    private Registration poll;

    private final StudyConditions conditions;
    private String condition;

    ScoresView(StudyService studies, QuestionnaireResults results, QuestionnaireKind kind, StudyConditions conditions) {
        this.conditions = conditions;
        this.studies = studies;
        this.results = results;
        this.kind = kind;
        setId("q-scores-view");
        content.setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        study = StudyPages.fromRoute(event, studies, QuestionnaireKind.ID).orElse(null);
        if (study == null) {
            return;
        }
        removeAll();
        H2 title = new H2("Scores · " + study.title());
        title.setId("q-scores-heading");
        add(
                title,
                new Paragraph(
                        "Subscale scores are means over a subscale's items, reverse-keyed items scored min + max −"
                                + " value; people's scores are per person, then summarised over the completed sessions that"
                                + " were not excluded; a model's are per sample (a run's k-th answer to each item), over"
                                + " its valid answers, then summarised over its samples (n). Attention items are never"
                                + " scored."
                                + " Item distributions are as answered (docs/methods.md)."),
                new StudyDownloads(kind.exports(study.id())));
        condition = null;
        // a persona or a policy: the people assigned it beside the runs that asked it
        ConditionPicker.of(conditions.list(study.id()), null, code -> {
                    condition = code;
                    shownVersion = -1;
                    refresh();
                })
                .ifPresent(picker -> add(picker, comparePersonas(study.id())));
        add(content);
        shownVersion = -1;
        refresh();
    }

    // every condition's profile in one chart (personas side by side), read when asked
    private Div comparePersonas(long studyId) {
        Div shown = new Div();
        shown.setId("q-profile-conditions");
        Button compare = new Button("Compare conditions", e -> {
            java.util.Map<String, QuestionnaireReport> byCondition = new java.util.LinkedHashMap<>();
            conditions.list(studyId).forEach(c -> byCondition.put(c.code(), results.report(studyId, c.code())));
            int points = byCondition.values().stream()
                    .mapToInt(ScoresView::points)
                    .max()
                    .orElse(0);
            String svg = ProfileChart.conditions(byCondition, points);
            shown.removeAll();
            if (svg.isEmpty()) {
                shown.add(new Paragraph("Nothing scored in any condition yet."));
            } else {
                SvgChart chart = new SvgChart("q-profile-by-condition", "questionnaire-profile-by-condition");
                chart.setSvg(svg);
                shown.add(chart);
            }
        });
        compare.setId("q-compare-conditions");
        return new Div(compare, shown);
    }

    private static int points(QuestionnaireReport report) {
        return report.items().stream()
                .filter(i -> !i.attention())
                .mapToInt(i -> i.labels().size())
                .max()
                .orElse(0);
    }

    private void refresh() {
        long version = results.version(study.id());
        if (version != shownVersion) {
            shownVersion = version;
            show(results.report(study.id(), condition));
        }
    }

    private void show(QuestionnaireReport report) {
        content.removeAll();
        Paragraph counts = new Paragraph(report.people() + " people counted; " + report.screenedOut()
                + " screened out by an attention item; models: "
                + (report.models().isEmpty() ? "none yet" : String.join(", ", report.models())) + ".");
        counts.setId("q-scores-counts");
        content.add(counts);
        if (report.subscales().isEmpty()) {
            return;
        }
        int points = points(report);
        SvgChart profile = new SvgChart("q-profile", "questionnaire-profile");
        profile.setSvg(ProfileChart.svg(report, points));
        content.add(new H3("Subscales"), subscaleGrid(report), profile);
        content.add(new H3("Items"), itemGrid(report));
    }

    private static Grid<SubscaleScores> subscaleGrid(QuestionnaireReport report) {
        Grid<SubscaleScores> grid = Grids.oneLinePerRow(new Grid<>());
        grid.addColumn(SubscaleScores::subscale).setHeader("Subscale").setAutoWidth(true);
        grid.addColumn(SubscaleScores::items).setHeader("Items").setAutoWidth(true);
        grid.addColumn(s -> score(s.people())).setHeader("People").setAutoWidth(true);
        for (String model : report.models()) {
            grid.addColumn(s -> score(s.models().get(model))).setHeader(model).setAutoWidth(true);
        }
        grid.addColumn(s -> s.reliability() == null
                        ? "–"
                        : stat(s.reliability().alpha()) + " / "
                                + stat(s.reliability().omega()))
                .setHeader("α / ω (people)")
                .setTooltipGenerator(
                        s -> s.reliability() == null || s.reliability().notes().isEmpty()
                                ? "Cronbach's raw α and McDonald's ω total (one factor), as R's psych"
                                : String.join("; ", s.reliability().notes()))
                .setAutoWidth(true);
        grid.setItems(report.subscales());
        grid.setAllRowsVisible(true);
        grid.setId("q-subscales");
        return grid;
    }

    private static Grid<ItemScores> itemGrid(QuestionnaireReport report) {
        Grid<ItemScores> grid = Grids.readable(new Grid<>());
        grid.addColumn(ItemScores::key).setHeader("Id").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.text() + (i.reverse() ? " (reverse)" : "") + (i.attention() ? " (attention)" : ""))
                .setHeader("Item")
                .setFlexGrow(1);
        grid.addColumn(i -> mean(i.peopleMean()))
                .setHeader("People's mean")
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (String model : report.models()) {
            grid.addColumn(i -> {
                        ItemScores.ModelItem m = i.models().get(model);
                        return m == null
                                ? "–"
                                : mean(m.mean()) + " (Δ " + mean(m.meanDifference())
                                        + (Double.isNaN(m.ciLow())
                                                ? ""
                                                : " [" + mean(m.ciLow()) + ", " + mean(m.ciHigh()) + "]")
                                        + ", W "
                                        + (m.wasserstein() == null ? "–" : Svg.fmt(m.wasserstein(), 2)) + ")"
                                        + (m.unreadable() > 0 ? ", " + m.unreadable() + " unreadable" : "");
                    })
                    .setHeader(model + " (Δ mean [95% CI], W Wasserstein)")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.addComponentColumn(i -> new SvgView(ItemChart.svg(i)))
                .setHeader("Distribution (people, then models)")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(report.items());
        grid.setAllRowsVisible(true);
        grid.setId("q-items-scores");
        return grid;
    }

    private static String stat(double v) {
        return Double.isNaN(v) ? "NA" : Svg.fmt(v, 2);
    }

    private static String score(ScoreSummary s) {
        if (s == null || Double.isNaN(s.mean())) {
            return "–";
        }
        return Svg.fmt(s.mean(), 2) + (Double.isNaN(s.sd()) ? "" : " (SD " + Svg.fmt(s.sd(), 2) + ")") + ", n=" + s.n();
    }

    private static String mean(double v) {
        return Double.isNaN(v) ? "–" : Svg.fmt(v, 2);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MS);
        poll = event.getUI().addPollListener(e -> {
            if (study != null) {
                refresh();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
            event.getUI().setPollInterval(-1);
        }
    }
}
