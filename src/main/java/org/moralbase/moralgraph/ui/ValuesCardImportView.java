package org.moralbase.moralgraph.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.moralgraph.ValuesCardImport;
import org.moralbase.moralgraph.ValuesCardKind;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;

/**
 * Imports a published deliberation into a draft values-card study: MGE's graph file (cards and edges), then its raw
 * vote records; each all-or-nothing, listing every problem.
 */
@Route("studies/:id/vc-import")
@PageTitle("Import moral graph · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class ValuesCardImportView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final ValuesCardImport imports;

    ValuesCardImportView(StudyService studies, ValuesCardImport imports) {
        this.studies = studies;
        this.imports = imports;
        setId("vc-import-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies, ValuesCardKind.ID).ifPresent(this::show);
    }

    private void show(StudySummary s) {
        removeAll();
        H2 title = new H2("Import moral graph · " + s.title());
        title.setId("items-heading");
        add(title);
        long id = s.id();
        add(
                new H3("Graph file"),
                new Paragraph("MGE's graph JSON: values[] (id, title, description, policies) and edges[]"
                        + " (sourceValueId, wiserValueId, contexts, counts). Each card keeps the file's id, so votes"
                        + " imported next can refer to it."));
        section("vc-graph", "Graph file (JSON)", "Import graph", f -> imports.importGraph(id, f)
                .describe());
        add(
                new H3("Vote records"),
                new Paragraph("MGE's raw votes: fromId, toId, contextId and type (or relationship) of upgrade,"
                        + " no_upgrade or not_sure, as a JSON array or one record a line; the ids are the graph"
                        + " file's."));
        section("vc-votes", "Votes file (JSON)", "Import votes", f -> imports.importVotes(id, f)
                .describe());
    }

    private void section(String id, String label, String action, SerializableFunction<DatasetSource, String> load) {
        add(new ImportSection(id, label, action, ".json,.jsonl,.txt", load));
    }
}
