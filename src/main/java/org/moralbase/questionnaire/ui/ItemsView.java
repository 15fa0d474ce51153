package org.moralbase.questionnaire.ui;

import com.vaadin.flow.component.button.Button;
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
import java.util.function.IntSupplier;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.Once;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ui.FileSlot;
import org.moralbase.dataimport.ui.ImportProblems;
import org.moralbase.questionnaire.QuestionnaireItems;
import org.moralbase.questionnaire.QuestionnaireKind;
import org.moralbase.questionnaire.format.ItemRow;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;

/** A questionnaire's item bank: the import (all-or-nothing, listing every problem), the demo bank, and the list. */
@Route("studies/:id/q-items")
@PageTitle("Items · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class ItemsView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final QuestionnaireItems items;

    ItemsView(StudyService studies, QuestionnaireItems items) {
        this.studies = studies;
        this.items = items;
        setId("q-items-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies, QuestionnaireKind.ID).ifPresent(this::show);
    }

    private void show(StudySummary s) {
        removeAll();
        H2 title = new H2("Items · " + s.title());
        title.setId("items-heading");
        add(title);
        long studyId = s.id();
        Paragraph help = new Paragraph("A CSV with the columns item_id, text, scale, subscale, reverse and optionally"
                + " block and attention. The scale is agree5 (1-5), agree7 (1-7), a scale of the settings, or the labels"
                + " written out as label 1|label 2|…; reverse is yes or no; items of a block are shuffled together;"
                + " attention names the point an attention item asks for (its number or label) — such an item has no"
                + " subscale and is never scored. See docs/formats.md.");
        FileSlot file = new FileSlot("q-file", "Item file (CSV)", ".csv,.txt");
        ImportProblems problems = new ImportProblems("q-import-problems");
        Grid<ItemRow> grid = Grids.readable(new Grid<>());
        grid.addColumn(ItemRow::key).setHeader("Id").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ItemRow::text).setHeader("Item").setFlexGrow(1);
        grid.addColumn(i -> i.scale().name() + " (" + i.scale().points() + ")")
                .setHeader("Scale")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> i.attention() ? "attention: " + i.scale().label(i.attentionPoint()) : i.subscale())
                .setHeader("Subscale")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(i -> i.reverse() ? "reverse" : "")
                .setHeader("Keyed")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ItemRow::block).setHeader("Block").setAutoWidth(true).setFlexGrow(0);
        grid.setId("q-items-grid");
        grid.setItems(items.list(studyId));
        Button load = new Button("Import items");
        Once.onClick(load, () -> {
            if (file.source() == null) {
                problems.show("Choose a file first.", List.of());
                return;
            }
            importing(
                    () -> items.importItems(studyId, file.source()),
                    file.source().name(),
                    problems,
                    grid,
                    studyId);
        });
        load.setId("q-import");
        Button demo = new Button("Use the demo items");
        Once.onClick(demo, () -> importing(() -> items.importDemo(studyId), "the demo bank", problems, grid, studyId));
        demo.setId("q-import-demo");
        Paragraph demoHelp = new Paragraph(
                "The demo bank was written for Moralbase: 12 items on risk attitude, harm"
                        + " and fairness (one reverse-keyed item each) on the 7-point agreement scale, and one attention item.");
        add(new H3("Import"), help, file, load, demoHelp, demo, problems, grid);
    }

    private void importing(IntSupplier action, String from, ImportProblems problems, Grid<ItemRow> grid, long studyId) {
        try {
            int n = action.getAsInt();
            problems.show(n + " items imported from " + from + ".", List.of());
            grid.setItems(items.list(studyId));
        } catch (ImportException ex) {
            problems.show(ex);
        } catch (IllegalArgumentException ex) {
            problems.show(ex.getMessage(), List.of());
        }
    }
}
