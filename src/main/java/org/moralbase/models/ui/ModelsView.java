package org.moralbase.models.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.SharingPanel;
import org.moralbase.models.ModelConnection;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.ModelSummary;
import org.moralbase.models.RunSummary;
import org.moralbase.study.StudyKinds;
import org.moralbase.study.StudyService;

/**
 * The model registry and the runs: register, edit, test, share or delete a model, start a run, open a run. A
 * researcher sees their own models and those shared with them (decision 0038).
 */
@Route("models")
@PageTitle("Models · Moralbase")
@Menu(order = 40, title = "Models")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
class ModelsView extends VerticalLayout {

    ModelsView(
            ModelRegistryService registry,
            ModelConnection connection,
            ModelRunService runs,
            StudyService studies,
            StudyKinds kinds) {
        setId("models-view");
        Grid<ModelSummary> models = new Grid<>();
        models.setId("models-grid");
        Grids.readable(models);
        Grids.names(models, ModelSummary::name, "Name");
        models.addColumn(ModelSummary::family).setHeader("Family").setAutoWidth(true);
        models.addColumn(m -> m.parametersBillions() == null ? "" : m.parametersBillions() + " B")
                .setHeader("Size")
                .setAutoWidth(true);
        models.addColumn(m -> m.reasoning() ? "yes" : "").setHeader("Reasoning").setAutoWidth(true);
        models.addColumn(m -> m.askable() ? m.modelId() : "none: imported answers only")
                .setHeader("Model id")
                .setAutoWidth(true);
        models.addColumn(m -> switch (m.keySource()) {
                    case NONE -> "none";
                    case ENV_VAR -> "$" + m.keyEnvVar();
                    case STORED -> "•••• set";
                })
                .setHeader("Key")
                .setAutoWidth(true);
        models.setItems(q -> registry.list(q.getOffset(), q.getLimit()).stream());

        Grid<RunSummary> runGrid = new Grid<>();
        runGrid.setId("runs-grid");
        runGrid.addColumn(RunSummary::id).setHeader("Run").setAutoWidth(true);
        Grids.readable(runGrid);
        Grids.names(runGrid, RunSummary::modelName, "Model");
        runGrid.addColumn(r -> r.kind() == null ? "" : kinds.label(r.kind()))
                .setHeader("Kind")
                .setAutoWidth(true);
        runGrid.addColumn(r -> r.studyId() == null ? "" : "#" + r.studyId())
                .setHeader("Study")
                .setAutoWidth(true);
        runGrid.addColumn(
                        r -> r.source().label() + " · " + r.progress().status().label())
                .setHeader("Status")
                .setAutoWidth(true);
        runGrid.addColumn(r -> r.progress().stored() + " / " + r.progress().total())
                .setHeader("Outcomes")
                .setAutoWidth(true);
        runGrid.setItems(q -> runs.list(q.getOffset(), q.getLimit()).stream());
        runGrid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(RunView.class, RunView.params(e.getItem().id()))));

        Button register = new Button("Register model", e -> new ModelFormDialog(
                        registry, null, saved -> models.getDataProvider().refreshAll())
                .open());
        register.setId("model-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button edit = new Button(
                "Edit", e -> models.asSingleSelect().getOptionalValue().ifPresent(m -> new ModelFormDialog(
                                registry, m, saved -> models.getDataProvider().refreshAll())
                        .open()));
        edit.setId("model-edit");
        Button delete = new Button(
                "Delete", e -> models.asSingleSelect().getOptionalValue().ifPresent(m -> new DeleteModelDialog(
                                registry, m, () -> {
                                    models.asSingleSelect().clear();
                                    models.getDataProvider().refreshAll();
                                })
                        .open()));
        delete.setId("model-delete");
        Button run = new Button(
                "Start run", e -> models.asSingleSelect().getOptionalValue().ifPresent(m -> new StartRunDialog(
                                runs, studies, kinds, m, started -> getUI().ifPresent(
                                                ui -> ui.navigate(RunView.class, RunView.params(started.id()))))
                        .open()));
        run.setId("model-start-run");
        Paragraph testResult = new Paragraph();
        testResult.setId("model-test-result");
        testResult.setVisible(false);
        Button test = new Button("Test connection");
        test.setId("model-test");
        test.setDisableOnClick(true);
        test.addClickListener(e -> models.asSingleSelect().getOptionalValue().ifPresent(m -> {
            testResult.setText("Asking " + m.name() + "…");
            testResult.setClassName("mb-connection");
            testResult.setVisible(true);
            UI ui = UI.getCurrent();
            connection
                    .test(m.id())
                    .thenAccept(result -> ui.access(() -> {
                        testResult.setText(m.name() + ": " + result.message());
                        testResult.setClassName(
                                result.ok() ? "mb-connection mb-connection-ok" : "mb-connection mb-connection-failed");
                        test.setEnabled(models.asSingleSelect()
                                .getOptionalValue()
                                .filter(s -> s.askable() && registry.runnable(s))
                                .isPresent());
                    }));
        }));
        edit.setEnabled(false);
        delete.setEnabled(false);
        run.setEnabled(false);
        test.setEnabled(false);
        Div sharing = new Div();
        sharing.setId("model-sharing-area");
        Paragraph keyNote = new Paragraph();
        keyNote.setId("model-key-note");
        keyNote.addClassName("mb-muted");
        keyNote.setVisible(false);
        models.asSingleSelect().addValueChangeListener(e -> {
            ModelSummary m = e.getValue();
            boolean manages = m != null && registry.manages(m);
            boolean runnable = m != null && m.askable() && registry.runnable(m);
            edit.setEnabled(manages);
            delete.setEnabled(manages);
            run.setEnabled(runnable);
            test.setEnabled(runnable);
            testResult.setVisible(false);
            keyNote.setText("Asked with its owner's key, which only its owner's runs use: register it with your own"
                    + " key to run it, or its owner may make it keyless.");
            keyNote.setVisible(m != null && m.askable() && !registry.runnable(m));
            sharing.removeAll();
            if (m != null) {
                sharing.add(new H3("Sharing " + m.name()), sharing(registry, m, manages));
            }
        });
        HorizontalLayout actions = new HorizontalLayout(register, edit, delete, run, test);
        actions.setWrap(true);
        add(new H2("Models"), actions, testResult, keyNote, models, sharing, new H3("Runs"), runGrid);
        setSizeFull();
    }

    private static SharingPanel sharing(ModelRegistryService registry, ModelSummary m, boolean manages) {
        return new SharingPanel(
                "model", "Not shared: only you and admins see it.", manages, new SharingPanel.Sharing() {
                    @Override
                    public List<SharingPanel.Sharee> sharedWith() {
                        return registry.sharedWith(m.id()).stream()
                                .map(a -> new SharingPanel.Sharee(a.id(), a.username()))
                                .toList();
                    }

                    @Override
                    public void share(String username) {
                        registry.share(m.id(), username);
                    }

                    @Override
                    public void unshare(long accountId) {
                        registry.unshare(m.id(), accountId);
                    }
                });
    }
}
