package org.moralbase.moralgraph.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.Notices;
import org.moralbase.models.OwnerModels;
import org.moralbase.moralgraph.CardView;
import org.moralbase.moralgraph.TransitionStories;
import org.moralbase.moralgraph.TransitionStories.StoryRow;
import org.moralbase.moralgraph.ValuesCardKind;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * A values-card study's transitions with their stories (decision 0037): the researcher writes or edits a story per
 * transition, imports them from the transitions CSV, or has one of the owner's registry models write the missing ones
 * (in the background, with progress; a failure names its transition).
 */
@Route("studies/:id/vc-transitions")
@PageTitle("Transitions and stories · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class ValuesCardTransitionsView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final TransitionStories stories;
    private final OwnerModels models;

    ValuesCardTransitionsView(StudyService studies, TransitionStories stories, OwnerModels models) {
        this.studies = studies;
        this.stories = stories;
        this.models = models;
        setId("vc-transitions-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies, ValuesCardKind.ID).ifPresent(this::show);
    }

    private void show(StudySummary s) {
        removeAll();
        H2 title = new H2("Transitions and stories · " + s.title());
        title.setId("items-heading");
        add(new Anchor("studies/" + s.id(), "← Study"), title);
        add(new Paragraph("Each transition \"from card X to card Y in context C\" may have a short story, shown to"
                + " participants above their vote and given to models asked the transition. The transitions planned"
                + " for participants so far are listed; stories for others can be imported. A vote records the story"
                + " shown with it."));
        Grid<StoryRow> grid = Grids.readable(new Grid<>());
        // widths that keep each cell readable: on a phone the grid scrolls sideways instead of squeezing words
        grid.addColumn(r -> card(r.from())).setHeader("From").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(r -> card(r.to())).setHeader("To").setWidth("10rem").setFlexGrow(1);
        grid.addColumn(StoryRow::context).setHeader("Context").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(r -> r.story() == null ? "—" : r.story())
                .setHeader("Story")
                .setWidth("18rem")
                .setFlexGrow(3);
        grid.addColumn(r -> r.writtenBy() == null ? "" : r.writtenBy())
                .setHeader("Written by")
                .setWidth("11rem")
                .setFlexGrow(0);
        grid.setItems(stories.list(s.id()));
        grid.setId("vc-stories");
        add(grid, editor(s, grid));
        add(new H3("Import stories"));
        add(new Paragraph("The transitions CSV: from_id, to_id, context, story (card ids as in the exports; an empty"
                + " story removes one). All or nothing; every problem is named by line and column."));
        add(new ImportSection("vc-stories", "Stories file (CSV)", "Import stories", ".csv,.txt", f -> {
            int n = stories.importCsv(s.id(), f);
            grid.setItems(stories.list(s.id()));
            return n + " stories";
        }));
        add(new H3("Write stories with a model"));
        writer(s, grid);
    }

    private VerticalLayout editor(StudySummary s, Grid<StoryRow> grid) {
        Paragraph which = new Paragraph("Choose a transition above to write its story.");
        which.setId("vc-story-which");
        TextArea text = new TextArea("Story");
        text.setMaxLength(TransitionStories.STORY_LENGTH);
        text.setWidth("40em");
        text.setEnabled(false);
        text.setId("vc-story-text");
        Button save = new Button("Save story");
        save.setId("vc-story-save");
        save.setEnabled(false);
        grid.asSingleSelect().addValueChangeListener(e -> {
            StoryRow r = e.getValue();
            text.setEnabled(r != null);
            save.setEnabled(r != null);
            which.setText(r == null ? "Choose a transition above to write its story." : "Story of " + r.label());
            text.setValue(r == null || r.story() == null ? "" : r.story());
        });
        save.addClickListener(e -> {
            StoryRow r = grid.asSingleSelect().getValue();
            try {
                stories.write(s.id(), r.from().id(), r.to().id(), r.context(), text.getValue());
                grid.setItems(stories.list(s.id()));
                Notices.success("Story saved");
            } catch (IllegalArgumentException ex) {
                text.setInvalid(true);
                text.setErrorMessage(ex.getMessage());
            }
        });
        VerticalLayout box = new VerticalLayout(which, text, save);
        box.setPadding(false);
        return box;
    }

    private void writer(StudySummary s, Grid<StoryRow> grid) {
        Select<OwnerModels.Choice> model = new Select<>();
        model.setLabel("Model");
        model.setItems(models.usableBy(s.ownerId()));
        model.setItemLabelGenerator(OwnerModels.Choice::name);
        model.setHelperText("One of the study owner's registry models (or a keyless one)");
        model.setId("vc-story-model");
        Button write = new Button("Write stories with a model");
        write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        write.setId("vc-stories-write");
        ProgressBar progress = new ProgressBar();
        progress.setVisible(false);
        progress.setId("vc-stories-progress");
        Paragraph result = new Paragraph();
        result.setId("vc-stories-result");
        write.addClickListener(e -> {
            if (model.getValue() == null) {
                result.setText("Choose a model first.");
                return;
            }
            write.setEnabled(false);
            progress.setVisible(true);
            progress.setValue(0);
            result.setText("Asking " + model.getValue().name() + "…");
            UI ui = UI.getCurrent();
            long modelId = model.getValue().id();
            // in the background, as the signed-in researcher: the page stays responsive and shows each step
            Thread.ofVirtual().name("vc-stories").start(new DelegatingSecurityContextRunnable(() -> {
                String outcome;
                try {
                    TransitionStories.Written done = stories.writeWithModel(
                            s.id(), modelId, (n, total) -> ui.access(() -> progress.setValue((double) n / total)));
                    outcome = done.written() + " stories written, " + done.failed() + " failed"
                            + (done.failures().isEmpty() ? "." : ": " + String.join("; ", done.failures()));
                } catch (RuntimeException ex) {
                    outcome = "Stopped: " + ex.getMessage();
                }
                String shown = outcome;
                ui.access(() -> {
                    result.setText(shown);
                    progress.setVisible(false);
                    write.setEnabled(true);
                    grid.setItems(stories.list(s.id()));
                });
            }));
        });
        add(model, write, progress, result);
    }

    private static String card(CardView c) {
        return c == null ? "?" : "#" + c.id() + " " + c.title();
    }
}
