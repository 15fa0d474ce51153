package org.moralbase.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Once;
import org.moralbase.base.ui.SharingPanel;
import org.moralbase.study.StudyClosing;
import org.moralbase.study.StudyExport;
import org.moralbase.study.StudyExports;
import org.moralbase.study.StudyKinds;
import org.moralbase.study.StudyPage;
import org.moralbase.study.StudyPagesOfEveryKind;
import org.moralbase.study.StudyRetention;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;

/** One study: its facts, status and sharing. Studies one may not see answer as "not found". */
@Route("studies/:id")
@PageTitle("Study · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
class StudyView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final StudyKinds kinds;
    private final List<StudyExports> everyStudy;
    private final List<StudyPagesOfEveryKind> everyKindPages;
    private final StudyClosing closing;
    private final StudyRetention retention;

    StudyView(
            StudyService studies,
            StudyKinds kinds,
            List<StudyExports> everyStudy,
            List<StudyPagesOfEveryKind> everyKindPages,
            StudyClosing closing,
            StudyRetention retention) {
        this.retention = retention;
        this.everyKindPages = everyKindPages;
        this.closing = closing;
        this.studies = studies;
        this.kinds = kinds;
        this.everyStudy = everyStudy;
        setId("study-view");
    }

    // the closing rule's grace period, while it runs or once it ended (decision 0034)
    private static String grace(StudySummary s) {
        if (s.status() != StudyStatus.CLOSED || s.closedAt() == null) {
            return "";
        }
        java.time.Instant until = s.closedAt().plus(java.time.Duration.ofMinutes(s.closeGraceMinutes()));
        String at = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(java.time.ZoneOffset.UTC)
                .format(until);
        return until.isAfter(java.time.Instant.now())
                ? " · sessions in progress may answer until " + at
                : " · answers refused since " + at;
    }

    /** The route parameters that open the study with this id. */
    static com.vaadin.flow.router.RouteParameters params(long id) {
        return new com.vaadin.flow.router.RouteParameters("id", Long.toString(id));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies).ifPresent(this::show);
    }

    private void show(StudySummary s) {
        removeAll();
        H2 title = new H2(s.title());
        title.setId("study-heading");
        Div facts = new Div(
                fact("Kind", kinds.label(s.kind())),
                fact("Status", s.status().label() + grace(s) + (s.archived() ? " · Archived" : "")),
                fact("Owner", s.ownerName()),
                fact("Participant link", "/take/" + s.publicCode()),
                fact("Random seed", Long.toString(s.randomSeed())));
        facts.setId("study-facts");

        Paragraph notReady = new Paragraph();
        notReady.setId("study-opening-problems");
        notReady.addClassName("mb-warning");
        if (s.status() != StudyStatus.OPEN) {
            notReady.setText(String.join(" ", studies.openingProblems(s.id())));
        }
        notReady.setVisible(!notReady.getText().isEmpty());
        Button open = new Button(s.status() == StudyStatus.OPEN ? "Close study…" : "Open study");
        Once.onClick(open, () -> {
            if (s.status() == StudyStatus.OPEN) {
                new CloseStudyDialog(closing, s, this::show).open(); // states the closing rule, sets the grace
                return;
            }
            try {
                show(studies.setStatus(s.id(), StudyStatus.OPEN));
            } catch (IllegalArgumentException refused) {
                notReady.setText(refused.getMessage());
                notReady.setVisible(true);
            }
        });
        open.setId("study-toggle-status");

        StudyLifecycle lifecycle = new StudyLifecycle(
                studies,
                s,
                this::show,
                copy -> getUI().ifPresent(ui -> ui.navigate(StudyView.class, params(copy.id()))),
                () -> getUI().ifPresent(ui -> ui.navigate(StudiesView.class)),
                refused -> {
                    notReady.setText(refused);
                    notReady.setVisible(true);
                });
        Paragraph archived = new Paragraph("This study is archived: it is kept whole but left out of the study list"
                + " and of the run and comparison pickers. Restore it to use it again.");
        archived.setId("study-archived");
        archived.addClassName("mb-muted");
        archived.setVisible(s.archived());
        // an archived study is restored before it opens again
        open.setVisible(!s.archived());
        lifecycle.addComponentAsFirst(open);
        add(title, facts, archived, notReady, lifecycle, sharing(studies, s), new RetentionPanel(retention, s.id()));
        add(link(s, "recruitment", "Recruitment and participant links", "study-recruitment-link"), preview(s));
        kinds.find(s.kind()).ifPresent(kind -> {
            HorizontalLayout pages = new HorizontalLayout(muted("Pages:"));
            pages.setId("study-pages");
            pages.setAlignItems(Alignment.BASELINE);
            List<StudyPage> all = new ArrayList<>(kind.pages());
            everyKindPages.forEach(source -> all.addAll(source.pages()));
            for (StudyPage page : all) {
                RouterLink link = new RouterLink(page.label(), page.view(), StudyPages.params(s.id()));
                link.setId("study-" + page.name() + "-link");
                pages.add(link);
            }
            List<StudyExport> files = new ArrayList<>(kind.exports(s.id()));
            everyStudy.forEach(source -> files.addAll(source.exports(s)));
            StudyDownloads downloads = new StudyDownloads(files);
            downloads.addComponentAsFirst(muted("Downloads:"));
            add(pages, downloads);
        });
    }

    private static Anchor preview(StudySummary s) {
        Anchor a = new Anchor("take/" + s.publicCode() + "?preview=1", "Preview as participant", AnchorTarget.BLANK);
        a.setId("study-preview-link");
        return a;
    }

    private static Anchor link(StudySummary s, String page, String text, String id) {
        Anchor a = new Anchor("studies/" + s.id() + "/" + page, text);
        a.setId(id);
        return a;
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("mb-muted");
        return span;
    }

    private static Div fact(String label, String value) {
        Span name = new Span(label + ": ");
        name.addClassName("mb-muted");
        return new Div(name, new Span(value));
    }

    private static SharingPanel sharing(StudyService studies, StudySummary s) {
        return new SharingPanel(
                "study", "Not shared with other researchers.", studies.manages(s), new SharingPanel.Sharing() {
                    @Override
                    public List<SharingPanel.Sharee> sharedWith() {
                        return studies.sharedWithAccounts(s.id()).stream()
                                .map(a -> new SharingPanel.Sharee(a.id(), a.username()))
                                .toList();
                    }

                    @Override
                    public void share(String username) {
                        studies.share(s.id(), username);
                    }

                    @Override
                    public void unshare(long accountId) {
                        studies.unshare(s.id(), accountId);
                    }
                });
    }
}
