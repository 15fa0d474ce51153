package org.moralbase.dvb.ui;

import com.vaadin.flow.component.button.Button;
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
import org.moralbase.choicepair.ChoicePairItems;
import org.moralbase.choicepair.ChoicePairModels;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dvb.DvbItemCounts;
import org.moralbase.dvb.DvbItemRow;
import org.moralbase.dvb.DvbItems;
import org.moralbase.dvb.DvbQuotaRow;
import org.moralbase.dvb.ItemImportResult;
import org.moralbase.study.StudyKind;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;

/**
 * A study's items: for DVB studies the prompt and model-result imports, the item builder and the quota cells;
 * for choice-pair studies the dataset import. Imports are all-or-nothing and list every problem.
 */
@Route("studies/:id/items")
@PageTitle("Items · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
class StudyItemsView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final DvbItems items;
    private final ChoicePairItems pairs;
    private final ChoicePairModels models;
    private final Grid<DvbItemRow> grid = new Grid<>();
    private final Grid<DvbQuotaRow> quotas = new Grid<>();
    private final Paragraph counts = new Paragraph();
    private final Paragraph hidden = new Paragraph();

    StudyItemsView(StudyService studies, DvbItems items, ChoicePairItems pairs, ChoicePairModels models) {
        this.studies = studies;
        this.items = items;
        this.pairs = pairs;
        this.models = models;
        setId("items-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies, StudyKind.DEEP_VALUE, StudyKind.CHOICE_PAIR)
                .ifPresent(this::show);
    }

    private void show(StudySummary s) {
        removeAll();
        H2 title = new H2("Items · " + s.title());
        title.setId("items-heading");
        add(title);
        if (s.kind() == StudyKind.CHOICE_PAIR) {
            add(new ChoicePairItemsSection(s.id(), pairs, models));
        } else if (s.kind() == StudyKind.DEEP_VALUE) {
            dvb(s.id());
        } else {
            add(new Paragraph("This kind of study has no imported items."));
        }
    }

    private void dvb(long studyId) {
        FileSlot prompts = new FileSlot("dvb-prompts", "Prompt JSON (released format)", ".json");
        FileSlot examples = new FileSlot("dvb-examples", "Examples JSON (optional, per test)", ".json");
        ImportProblems problems = new ImportProblems("dvb-import-problems");
        Button importPrompts = new Button("Import items", e -> {
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
        Button importResults = new Button("Import model results", e -> {
            if (results.source() == null) {
                problems.show("Choose the results file first.", java.util.List.of());
                return;
            }
            try {
                ItemImportResult r = items.importResults(studyId, results.source());
                problems.show("Stored " + r.stored() + " model answers.", java.util.List.of());
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
                + items.modelResultCount(studyId) + " model answers.");
        hidden.setVisible(n.hidden() > 0);
        hidden.setText(n.hidden() + " of the " + n.items() + " items have no example pairs, so participants never"
                + " see them: a trial shows the user's earlier choices and the test pair, and the released prompt JSON"
                + " has them only inside the prompt's text. Import the examples file together with the prompts, or"
                + " build items below; examples cannot be added to items already imported. Model results count on"
                + " every item."
                + (n.showable() == 0 ? " The study cannot open until at least one item can be shown." : ""));
    }
}
