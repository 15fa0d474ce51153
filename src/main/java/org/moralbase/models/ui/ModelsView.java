package org.moralbase.models.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;
import org.moralbase.models.ModelConnection;
import org.moralbase.models.ModelRegistryService;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.ModelSummary;
import org.moralbase.models.RunSummary;
import org.moralbase.study.StudyKinds;
import org.moralbase.study.StudyService;

/** The model registry and the runs: register, edit, test or delete a model, start a run, open a run. */
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
                                .filter(ModelSummary::askable)
                                .isPresent());
                    }));
        }));
        edit.setEnabled(false);
        delete.setEnabled(false);
        run.setEnabled(false);
        test.setEnabled(false);
        models.asSingleSelect().addValueChangeListener(e -> {
            edit.setEnabled(e.getValue() != null);
            delete.setEnabled(e.getValue() != null);
            run.setEnabled(e.getValue() != null && e.getValue().askable());
            test.setEnabled(e.getValue() != null && e.getValue().askable());
            testResult.setVisible(false);
        });
        HorizontalLayout actions = new HorizontalLayout(register, edit, delete, run, test);
        actions.setWrap(true);
        add(new H2("Models"), actions, testResult, models, new H3("Runs"), runGrid);
        setSizeFull();
    }
}
