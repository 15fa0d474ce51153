package org.moralbase.annotation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.moralbase.annotation.AnnotationExportService;
import org.moralbase.annotation.AnnotationProjectService;
import org.moralbase.annotation.CrowdLinkService;
import org.moralbase.annotation.GoldService;
import org.moralbase.annotation.ItemImportService;
import org.moralbase.annotation.ItemMetadataService;
import org.moralbase.annotation.ProjectSummary;
import org.moralbase.annotation.QualityService;
import org.moralbase.base.Roles;

/** One project: setup, quality, review, export. Projects one may not manage answer as "not found". */
@Route("annotation-projects/:id")
@PageTitle("Annotation project · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
class AnnotationProjectView extends VerticalLayout implements BeforeEnterObserver {

    private final AnnotationProjectService projects;
    private final ItemImportService imports;
    private final QualityService quality;
    private final AnnotationExportService export;
    private final CrowdLinkService crowd;
    private final ItemMetadataService metadata;
    private final GoldService gold;

    AnnotationProjectView(
            AnnotationProjectService projects,
            ItemImportService imports,
            QualityService quality,
            AnnotationExportService export,
            CrowdLinkService crowd,
            ItemMetadataService metadata,
            GoldService gold) {
        this.projects = projects;
        this.imports = imports;
        this.quality = quality;
        this.export = export;
        this.crowd = crowd;
        this.metadata = metadata;
        this.gold = gold;
        setId("annotation-project-view");
    }

    static RouteParameters params(long id) {
        return new RouteParameters("id", Long.toString(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ProjectSummary> project = event.getRouteParameters()
                .get("id")
                .filter(s -> s.matches("\\d{1,18}"))
                .flatMap(id -> projects.find(Long.parseLong(id)));
        if (project.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        ProjectSummary p = project.get();
        H2 title = new H2(p.title());
        title.setId("project-heading");
        TabSheet tabs = new TabSheet();
        tabs.setId("project-tabs");
        tabs.setWidthFull();
        long id = p.id();
        tab(tabs, "Setup", "tab-setup", new SetupPanel(projects, imports, metadata, gold, p));
        tab(tabs, "Crowd", "tab-crowd", new CrowdPanel(crowd, id));
        QualityPanel qualityPanel = new QualityPanel(quality, id);
        ReviewPanel reviewPanel = new ReviewPanel(quality, p);
        tab(tabs, "Quality", "tab-quality", qualityPanel);
        tab(tabs, "Review", "tab-review", reviewPanel);
        ExportPanel exportPanel = new ExportPanel(export, id);
        tab(tabs, "Export", "tab-export", exportPanel);
        // recompute on opening a tab, so exclusions and new judgements show at once
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab().getId().filter("tab-quality"::equals).isPresent()) {
                qualityPanel.refresh();
            } else if (e.getSelectedTab().getId().filter("tab-review"::equals).isPresent()) {
                reviewPanel.refresh();
            } else if (e.getSelectedTab().getId().filter("tab-export"::equals).isPresent()) {
                exportPanel.refresh();
            }
        });
        add(title, tabs);
    }

    private static void tab(TabSheet tabs, String label, String id, Component content) {
        tabs.add(label, content).setId(id);
    }
}
