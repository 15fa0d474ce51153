package org.moralbase.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import org.moralbase.annotation.QualityReport;
import org.moralbase.annotation.QualityService;
import org.moralbase.base.ui.Grids;

/** Agreement per question, per-item and per-worker numbers; excluding a worker recomputes everything. */
class QualityPanel extends VerticalLayout {

    private final QualityService quality;
    private final long projectId;
    private final Grid<QualityReport.AgreementRow> agreement = Grids.readable(new Grid<>());
    private final Grid<QualityReport.ItemRow> items = Grids.readable(new Grid<>());
    private final Grid<QualityReport.WorkerRow> workers = Grids.readable(new Grid<>());

    QualityPanel(QualityService quality, long projectId) {
        this.quality = quality;
        this.projectId = projectId;
        setId("quality-panel");
        setPadding(false);
        agreement.setId("agreement-grid");
        agreement.setAllRowsVisible(true);
        agreement.addColumn(QualityReport.AgreementRow::question).setHeader("Question");
        agreement.addColumn(QualityReport.AgreementRow::level).setHeader("Level");
        agreement
                .addComponentColumn(r -> {
                    Span alpha = new Span(num(r.alpha()));
                    alpha.setId("alpha-" + r.question() + "-" + r.level());
                    return alpha;
                })
                .setHeader("Krippendorff's α");
        agreement
                .addColumn(r -> Double.isFinite(r.ciLow()) && Double.isFinite(r.ciHigh())
                        ? org.moralbase.stats.IntervalCaveat.of(r.pairableItems(), "items", r.ciLow(), r.ciHigh())
                                .orElseGet(() -> "[" + num(r.ciLow()) + ", " + num(r.ciHigh()) + "]")
                        : "[" + num(r.ciLow()) + ", " + num(r.ciHigh()) + "]")
                .setHeader("95% bootstrap CI");
        agreement.addColumn(QualityReport.AgreementRow::pairableItems).setHeader("Items");
        agreement.addColumn(r -> num(r.fleissKappa())).setHeader("Fleiss' κ");
        agreement.addColumn(QualityReport.AgreementRow::note).setHeader("Note");

        items.setId("item-quality-grid");
        items.setHeight("320px");
        items.addColumn(QualityReport.ItemRow::itemKey).setHeader("Item").setSortable(true);
        items.addColumn(QualityReport.ItemRow::question).setHeader("Question");
        items.addColumn(QualityReport.ItemRow::majority).setHeader("Majority");
        items.addColumn(r -> pct(r.majorityShare())).setHeader("Share");
        items.addColumn(r -> num(r.entropyBits()))
                .setHeader("Entropy (bits)")
                .setComparator(QualityReport.ItemRow::entropyBits);
        items.addColumn(QualityReport.ItemRow::ratings).setHeader("n");
        items.addColumn(QualityReport.ItemRow::gold).setHeader("Gold");
        items.addColumn(QualityReport.ItemRow::goldMatch).setHeader("Gold match");

        workers.setId("worker-quality-grid");
        workers.setAllRowsVisible(true);
        workers.addColumn(QualityReport.WorkerRow::rater).setHeader("Worker");
        workers.addColumn(QualityReport.WorkerRow::items).setHeader("Items");
        workers.addColumn(r -> pct(r.goldAccuracy()) + " (" + r.goldAnswers() + ")")
                .setHeader("Gold accuracy");
        workers.addColumn(r -> pct(r.majorityAgreement())).setHeader("Agrees with majority");
        workers.addColumn(r -> String.format(Locale.ROOT, "%.1f s", r.medianTimeMs() / 1000.0))
                .setHeader("Median time");
        workers.addColumn(r -> r.straightLining() ? "straight-lining?" : "").setHeader("Flag");
        workers.addComponentColumn(r -> {
                    Button toggle = new Button(r.excluded() ? "Include" : "Exclude", e -> {
                        quality.setExcluded(projectId, r.rater(), !r.excluded());
                        refresh();
                    });
                    toggle.setId("exclude-" + r.rater());
                    toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    return toggle;
                })
                .setHeader("");

        add(
                new H3("Agreement (excluded workers left out)"),
                agreement,
                new H3("Items"),
                items,
                new H3("Workers"),
                workers);
        refresh();
    }

    void refresh() {
        QualityReport report = quality.report(projectId);
        agreement.setItems(report.agreement());
        items.setItems(report.items());
        workers.setItems(report.workers());
    }

    static String num(double x) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.3f", x);
    }

    static String pct(double x) {
        return Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * x);
    }
}
