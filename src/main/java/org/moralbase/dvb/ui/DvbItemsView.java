package org.moralbase.dvb.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.Once;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ui.FileSlot;
import org.moralbase.dataimport.ui.ImportProblems;
import org.moralbase.dvb.DeepValueKind;
import org.moralbase.dvb.DvbItemCounts;
import org.moralbase.dvb.DvbItemRow;
import org.moralbase.dvb.DvbItems;
import org.moralbase.dvb.DvbModelResults;
import org.moralbase.dvb.DvbQuotaRow;
import org.moralbase.dvb.ItemImportResult;
import org.moralbase.models.ImportSummary;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;

/**
 * A DVB study's items: the prompt and model-result imports, the item builder and the quota cells. Imports are
 * all-or-nothing and list every problem.
 */
@Route("studies/:id/dvb-items")
@PageTitle("Items · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class DvbItemsView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final DvbItems items;
    private final DvbModelResults modelResults;
    private final Grid<DvbItemRow> grid = Grids.readable(new Grid<>());
    private final Grid<DvbQuotaRow> quotas = Grids.readable(new Grid<>());
    private final Paragraph counts = new Paragraph();
    private final Paragraph hidden = new Paragraph();

    DvbItemsView(StudyService studies, DvbItems items, DvbModelResults modelResults) {
        this.studies = studies;
        this.items = items;
        this.modelResults = modelResults;
        setId("items-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies, DeepValueKind.ID).ifPresent(this::show);
    }

    private void show(StudySummary s) {
        removeAll();
        H2 title = new H2("Items · " + s.title());
        title.setId("items-heading");
        add(title);
        dvb(s.id());
    }

    private void dvb(long studyId) {
        FileSlot prompts = new FileSlot("dvb-prompts", "Prompt JSON (released format)", ".json");
        FileSlot examples = new FileSlot("dvb-examples", "Examples JSON (optional, per test)", ".json");
        ImportProblems problems = new ImportProblems("dvb-import-problems");
        Button importPrompts = new Button("Import items");
        Once.onClick(importPrompts, () -> {
            if (prompts.source() == null) {
                problems.show("Choose the prompt file first.", java.util.List.of());
                return;
            }
            try {
                ItemImportResult r = items.importPrompts(studyId, prompts.source(), examples.source());
                problems.show("Stored " + r.stored() + " items.", java.util.List.of());
                refresh(studyId);
            } catch (ImportException ex) {
                problems.show(ex);
            } catch (IllegalArgumentException ex) {
                problems.show(ex.getMessage(), java.util.List.of());
            }
        });
        importPrompts.setId("dvb-import");
        FileSlot results = new FileSlot(
                "dvb-results",
                "Model results (released rows as CSV or JSONL, or an item, model, answer CSV)",
                ".csv,.jsonl,.ndjson");
        Checkbox replace = new Checkbox("Replace answers imported on this study before for the same models");
        replace.setId("dvb-results-replace");
        Button importResults = new Button("Import model results");
        Once.onClick(importResults, () -> {
            if (results.source() == null) {
                problems.show("Choose the results file first.", java.util.List.of());
                return;
            }
            try {
                ImportSummary r = modelResults.importResults(studyId, results.source(), replace.getValue());
                problems.show(r.sentence(), java.util.List.of());
                refresh(studyId);
            } catch (ImportException ex) {
                problems.show(ex);
            }
        });
        importResults.setId("dvb-import-results");

        grid.removeAllColumns();
        grid.addColumn(DvbItemRow::key).setHeader("Prompt id").setAutoWidth(true);
        grid.addColumn(DvbItemRow::origin).setHeader("Origin");
        grid.addColumn(DvbItemRow::n).setHeader("N");
        grid.addColumn(DvbItemRow::valuePair).setHeader("Values").setAutoWidth(true);
        grid.addColumn(DvbItemRow::shallowPair).setHeader("Shallow").setAutoWidth(true);
        grid.addColumn(DvbItemRow::dimension).setHeader("Dimension");
        grid.addColumn(DvbItemRow::context).setHeader("Context");
        grid.addColumn(DvbItemRow::expectedChoice).setHeader("Deep-value option");
        grid.addColumn(r -> r.usable() ? "yes" : "no (no examples)").setHeader("For people");
        grid.setId("dvb-items-grid");
        quotas.removeAllColumns();
        quotas.addColumn(DvbQuotaRow::n).setHeader("N");
        quotas.addColumn(DvbQuotaRow::valueSet).setHeader("Value set");
        quotas.addColumn(DvbQuotaRow::context).setHeader("Context");
        quotas.addColumn(DvbQuotaRow::filled).setHeader("Slots given out");
        quotas.setAllRowsVisible(true);
        quotas.setId("dvb-quotas-grid");
        counts.setId("dvb-counts");
        hidden.setId("dvb-hidden-items");
        hidden.addClassName("mb-warning");
        add(
                new H3("Import"),
                new HorizontalLayout(prompts, examples),
                importPrompts,
                results,
                replace,
                importResults,
                problems,
                counts,
                hidden,
                grid,
                new DvbBuilderForm(studyId, items, () -> refresh(studyId)),
                new H3("Conditions (quota cells)"),
                quotas);
        refresh(studyId);
    }

    private void refresh(long studyId) {
        java.util.List<DvbItemRow> rows = items.list(studyId);
        grid.setItems(rows);
        quotas.setItems(items.quotas(studyId));
        DvbItemCounts n = items.counts(studyId);
        counts.setText(n.items() + " items, " + n.showable() + " with examples (shown to people); "
                + modelResults.count(studyId) + " model answers.");
        hidden.setVisible(n.hidden() > 0);
        hidden.setText(n.hidden() + " of the " + n.items() + " items have no example pairs, so participants never"
                + " see them: a trial shows the user's earlier choices and the test pair, and the released prompt JSON"
                + " has them only inside the prompt's text. Import the examples file together with the prompts, or"
                + " build items below; examples cannot be added to items already imported. Model results count on"
                + " every item."
                + (n.showable() == 0 ? " The study cannot open until at least one item can be shown." : ""));
    }
}
