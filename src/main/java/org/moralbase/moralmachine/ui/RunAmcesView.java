package org.moralbase.moralmachine.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Optional;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.LiveRefresh;
import org.moralbase.models.ModelRunService;
import org.moralbase.models.RunSummary;
import org.moralbase.moralmachine.MoralMachineKind;
import org.moralbase.moralmachine.comparison.RunAnalysis;
import org.moralbase.moralmachine.comparison.RunAnalysisService;

/**
 * One Moral Machine run's AMCEs beside Awad 2018, with D and the AMCEs within each case order, live while the run
 * is asked (the run page links here: {@link MoralMachineKind#runPage()}).
 */
@Route("models/runs/:id/amces")
@PageTitle("Run AMCEs · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class RunAmcesView extends VerticalLayout implements BeforeEnterObserver {

    private static final Duration PUSH_INTERVAL = Duration.ofSeconds(1);

    private final ModelRunService runs;
    private final RunAnalysisService analysis;
    private final H2 heading = new H2();
    private final RunAmceTable table = new RunAmceTable();
    private long runId;
    private LiveRefresh<RunAnalysis> refresher;
    private Runnable unsubscribe;

    RunAmcesView(ModelRunService runs, RunAnalysisService analysis) {
        this.runs = runs;
        this.analysis = analysis;
        setId("run-amces-view");
        heading.setId("run-amces-heading");
        Paragraph note = new Paragraph("Awad's estimator over the valid answers, clustered by scenario; No. characters"
                + " as the largest of the four strata, as Takemoto 2026 reports models (methods §2–3).");
        note.addClassName("mb-muted");
        add(heading, note, table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<RunSummary> run = event.getRouteParameters()
                .get("id")
                .filter(s -> s.matches("\\d{1,18}"))
                .flatMap(id -> runs.find(Long.parseLong(id)))
                .filter(r -> MoralMachineKind.ID.equals(r.kind()));
        if (run.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        runId = run.get().id();
        heading.setText("Run " + runId + " · " + run.get().modelName() + " · AMCEs");
        Anchor back = new Anchor("models/runs/" + runId, "← Run " + runId); // the run page of the models feature
        back.setId("run-amces-back");
        addComponentAsFirst(back);
        table.show(analysis.analyze(runId));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        refresher = LiveRefresh.of(event.getUI(), PUSH_INTERVAL, () -> analysis.analyze(runId), table::show);
        unsubscribe = runs.subscribe(runId, id -> refresher.request());
        refresher.request(); // the run may have moved on between the first read and this subscription
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        if (refresher != null) {
            refresher.close();
        }
    }
}
