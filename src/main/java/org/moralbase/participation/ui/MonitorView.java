package org.moralbase.participation.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Grids;
import org.moralbase.base.ui.Notices;
import org.moralbase.participation.MonitorChanges;
import org.moralbase.participation.MonitorRow;
import org.moralbase.participation.MonitorSort;
import org.moralbase.participation.ParticipantErasure;
import org.moralbase.participation.SessionMonitor;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;

/**
 * The researchers' monitor of a study's participants (any kind): progress, times, status, device, and exclusion from
 * every analysis and export with a reason, undone at will. Sorts by any column (in the database, so across all
 * pages) and follows changes by itself.
 */
@Route("studies/:id/participants")
@PageTitle("Participants · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class MonitorView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    /** The filter's choices: a status name, or "" for all. */
    private static final Map<String, String> FILTERS = new java.util.LinkedHashMap<>();

    static {
        FILTERS.put("", "All participants");
        FILTERS.put("ACTIVE", "Active");
        FILTERS.put("COMPLETED", "Completed");
        FILTERS.put("SCREENED_OUT", "Screened out");
        FILTERS.put("ABANDONED", "Abandoned");
        FILTERS.put(SessionMonitor.EXCLUDED, "Excluded");
    }

    /** How often the open monitor asks whether its rows changed (a cheap query; rows are reloaded only then). */
    static final int POLL_MS = 5000;

    private final StudyService studies;
    private final SessionMonitor monitor;
    private final ParticipantErasure erasure;
    private Runnable reloadIfChanged;
    private Registration poll;

    MonitorView(StudyService studies, SessionMonitor monitor, ParticipantErasure erasure) {
        this.erasure = erasure;
        this.studies = studies;
        this.monitor = monitor;
        setId("monitor-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies).ifPresent(this::show);
    }

    private void show(StudySummary study) {
        removeAll();
        H2 title = new H2("Participants · " + study.title());
        Paragraph about = new Paragraph("Every participant of this study, newest first (click a column's header to"
                + " sort by it); the list updates by itself. Excluding one leaves their"
                + " answers out of every result and export (the participants export keeps them, marked, with your"
                + " reason); it can be undone. Both are in the audit log.");
        about.addClassName("mb-muted");
        Select<String> filter = new Select<>();
        filter.setId("monitor-filter");
        filter.setItems(FILTERS.keySet());
        filter.setItemLabelGenerator(FILTERS::get);
        filter.setValue("");
        Paragraph count = new Paragraph();
        count.setId("monitor-count");
        Grid<MonitorRow> grid = Grids.readable(new Grid<>());
        grid.setId("monitor-grid");
        boolean hasConditions = monitor.hasConditions(study.id());
        grid.addColumn(MonitorView::shortId)
                .setKey(MonitorSort.PARTICIPANT.name())
                .setHeader("Participant")
                .setTooltipGenerator(r -> r.participant() + ", started " + TIME.format(r.startedAt()) + " UTC")
                .setAutoWidth(true);
        grid.addColumn(r -> r.externalId() != null
                        ? r.externalId()
                        : r.platformIdsDroppedAt() != null
                                ? "dropped "
                                        + TIME.format(r.platformIdsDroppedAt()).substring(0, 10)
                                : r.source().name().toLowerCase())
                .setTooltipGenerator(r -> r.platformIdsDroppedAt() == null
                        ? null
                        : "Dropped after the study's retention period (answers kept)")
                .setKey(MonitorSort.PLATFORM_ID.name())
                .setHeader("Platform id")
                .setAutoWidth(true);
        grid.addColumn(MonitorView::status)
                .setKey(MonitorSort.STATUS.name())
                .setHeader("Status")
                .setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(MonitorRow::answered)
                .setKey(MonitorSort.ANSWERS.name())
                .setHeader("Answers")
                .setWidth("7.5rem")
                .setFlexGrow(0);
        grid.addColumn(r -> duration(r.timeOnTask()))
                .setKey(MonitorSort.TIME_ON_TASK.name())
                .setHeader("Time on task")
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(r -> TIME.format(r.startedAt()))
                .setKey(MonitorSort.STARTED.name())
                .setHeader("Started (UTC)")
                .setWidth("11rem")
                .setFlexGrow(0);
        if (hasConditions) {
            grid.addColumn(r -> r.condition() == null ? "" : r.condition())
                    .setKey(MonitorSort.CONDITION.name())
                    .setHeader("Condition")
                    .setAutoWidth(true);
        }
        if (monitor.hasAttentionChecks(study.id())) {
            grid.addColumn(r -> r.attention() == null ? "" : r.attention().describe())
                    .setHeader("Attention checks")
                    .setTooltipGenerator(r -> r.attention() == null ? "No attention check answered yet" : null)
                    .setAutoWidth(true);
        }
        grid.addColumn(r -> r.device() == null ? "" : r.device())
                .setKey(MonitorSort.DEVICE.name())
                .setHeader("Device")
                .setAutoWidth(true);
        grid.addColumn(r -> r.excluded() ? r.exclusionReason() + " (" + r.excludedBy() + ")" : "")
                .setKey(MonitorSort.EXCLUSION.name())
                .setHeader("Excluded because")
                .setTooltipGenerator(r -> r.excluded() ? r.exclusionReason() : null)
                .setWidth("12rem")
                .setFlexGrow(1);
        grid.addComponentColumn(r -> action(study.id(), r, grid))
                .setHeader("")
                .setAutoWidth(true)
                .setFrozenToEnd(true);
        grid.getColumns().stream().filter(c -> c.getKey() != null).forEach(c -> c.setSortable(true));
        MonitorChanges[] seen = {null};
        Runnable load = () -> {
            String status = filter.getValue().isEmpty() ? null : filter.getValue();
            seen[0] = monitor.changes(study.id());
            long n = monitor.count(study.id(), status);
            count.setText(n + (n == 1 ? " participant" : " participants") + " · updated "
                    + CLOCK.format(java.time.Instant.now()) + " UTC");
            grid.setItems(q -> {
                QuerySortOrder order =
                        q.getSortOrders().isEmpty() ? null : q.getSortOrders().getFirst();
                MonitorSort sort = order == null ? MonitorSort.STARTED : MonitorSort.valueOf(order.getSorted());
                boolean descending = order == null || order.getDirection() == SortDirection.DESCENDING;
                return monitor.rows(study.id(), status, sort, descending, q.getOffset(), q.getLimit()).stream();
            });
        };
        reloadIfChanged = () -> {
            if (!monitor.changes(study.id()).equals(seen[0])) {
                load.run();
            }
        };
        filter.addValueChangeListener(e -> load.run());
        Button refresh = new Button("Refresh", e -> load.run());
        refresh.setId("monitor-refresh");
        refresh.setTooltipText("The list also updates by itself every " + POLL_MS / 1000 + " s when something changed");
        HorizontalLayout bar = new HorizontalLayout(filter, refresh, count);
        bar.setAlignItems(Alignment.BASELINE);
        bar.setWrap(true);
        load.run();
        add(title, about, bar, grid);
        setSizeFull();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // arrivals, answers and ends happen on any app node: ask the database now and then, reload when changed
        event.getUI().setPollInterval(POLL_MS);
        poll = event.getUI().addPollListener(e -> {
            if (reloadIfChanged != null) {
                reloadIfChanged.run();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
            event.getUI().setPollInterval(-1);
        }
    }

    private static String shortId(MonitorRow r) {
        return r.participant().substring(0, Math.min(8, r.participant().length())) + "…";
    }

    private static String status(MonitorRow r) {
        String status =
                switch (r.status()) {
                    case ACTIVE -> "Active";
                    case COMPLETED -> "Completed";
                    case SCREENED_OUT -> "Screened out";
                    case ABANDONED -> "Abandoned";
                };
        return r.excluded() ? "Excluded" : status;
    }

    private static String duration(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s < 3600
                ? "%d min %02d s".formatted(s / 60, s % 60)
                : "%d h %02d min".formatted(s / 3600, s % 3600 / 60);
    }

    private HorizontalLayout action(long studyId, MonitorRow r, Grid<MonitorRow> grid) {
        Button erase = new Button("Erase…", e -> erasureDialog(studyId, r, grid).open());
        erase.setId("monitor-erase-" + r.participant());
        erase.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(exclusion(studyId, r, grid), erase);
        actions.setSpacing(false);
        return actions;
    }

    private Dialog erasureDialog(long studyId, MonitorRow r, Grid<MonitorRow> grid) {
        Dialog dialog = new Dialog();
        dialog.setId("monitor-erase-dialog");
        dialog.setHeaderTitle("Erase participant " + shortId(r) + "?");
        Paragraph what = new Paragraph("This deletes participant " + r.participant() + "'s session and everything"
                + " stored for it: "
                + r.answered() + (r.answered() == 1 ? " answer" : " answers")
                + ", their platform id, and what their study kind keeps beside the answers (a values card with its"
                + " interview, assignments). Results and exports leave them out from now on. It cannot be undone;"
                + " the audit log records that you erased this participant id. Use it when a participant asks for"
                + " their data to be deleted; to leave someone out of the analyses, exclude them instead.");
        Button confirm = new Button("Erase for good", e -> {
            erasure.erase(studyId, r.participant());
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notices.success("Participant " + r.participant() + " erased");
        });
        confirm.setId("monitor-erase-confirm");
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(what);
        dialog.setWidth("32em");
        dialog.setMaxWidth("95vw"); // a phone
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        return dialog;
    }

    private Button exclusion(long studyId, MonitorRow r, Grid<MonitorRow> grid) {
        if (r.excluded()) {
            Button include = new Button("Include again", e -> {
                monitor.include(studyId, r.sessionId());
                grid.getDataProvider().refreshAll();
            });
            include.setId("monitor-include-" + r.participant());
            include.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            return include;
        }
        Button exclude =
                new Button("Exclude…", e -> exclusionDialog(studyId, r, grid).open());
        exclude.setId("monitor-exclude-" + r.participant());
        exclude.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return exclude;
    }

    private Dialog exclusionDialog(long studyId, MonitorRow r, Grid<MonitorRow> grid) {
        Dialog dialog = new Dialog();
        dialog.setId("monitor-exclude-dialog");
        dialog.setHeaderTitle("Exclude participant " + shortId(r));
        dialog.setMaxWidth("95vw"); // a phone
        TextField reason = new TextField("Reason");
        reason.setId("monitor-reason");
        reason.setWidth("min(24em, 80vw)");
        reason.setMaxLength(500);
        reason.setPlaceholder("e.g. failed both attention checks");
        Button confirm = new Button("Exclude", e -> {
            try {
                monitor.exclude(studyId, r.sessionId(), reason.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (IllegalArgumentException refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(refused.getMessage());
            }
        });
        confirm.setId("monitor-exclude-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(
                new Paragraph(
                        "Their answers will be left out of every result and export until you include them" + " again."),
                reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), confirm);
        return dialog;
    }
}
