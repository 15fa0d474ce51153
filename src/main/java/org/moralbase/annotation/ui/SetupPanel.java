package org.moralbase.annotation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.moralbase.annotation.AnnotationProjectService;
import org.moralbase.annotation.GoldService;
import org.moralbase.annotation.ItemImportService;
import org.moralbase.annotation.ItemMetadataService;
import org.moralbase.annotation.MemberView;
import org.moralbase.annotation.ProjectSettings;
import org.moralbase.annotation.ProjectSummary;
import org.moralbase.annotation.QuestionSpec;
import org.moralbase.base.ui.Form;
import org.moralbase.base.ui.Notices;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.format.FormatChoice;
import org.moralbase.dataimport.ui.LimitedUpload;

/** Settings, questions, items and annotators of a project. */
class SetupPanel extends VerticalLayout {

    private final AnnotationProjectService projects;
    private final long id;
    private final UnorderedList questionList = new UnorderedList();
    private final UnorderedList memberList = new UnorderedList();
    private final Paragraph itemCount = new Paragraph();

    SetupPanel(
            AnnotationProjectService projects,
            ItemImportService imports,
            ItemMetadataService metadata,
            GoldService gold,
            ProjectSummary p) {
        this.projects = projects;
        this.id = p.id();
        setId("setup-panel");
        setPadding(false);

        add(new H3("Settings"));
        settings(p.settings());

        add(new H3("Questions and comprehension checks"), questionList, new QuestionForm((spec, comprehension) -> {
            showQuestions(projects.addQuestion(id, spec, comprehension));
        }));
        showQuestions(p);
        MetadataPanel metadataPanel = new MetadataPanel(metadata, id);
        GoldPanel goldPanel = new GoldPanel(gold, id);

        Select<FormatChoice> source = new Select<>();
        source.setLabel("Format");
        source.setItems(imports.formatChoices());
        source.setItemLabelGenerator(FormatChoice::label);
        source.setValue(FormatChoice.DETECT);
        source.setId("import-source");
        Paragraph imported = new Paragraph();
        imported.setId("import-result");
        UnorderedList problems = new UnorderedList();
        problems.setId("import-problems");
        Upload upload = LimitedUpload.inMemory(
                        (fileName, bytes) -> {
                            problems.removeAll();
                            imported.setText("");
                            try {
                                imported.setText(imports.importItems(
                                                id, source.getValue(), DatasetSource.of(fileName, bytes), null)
                                        .message());
                                itemCount.setText(
                                        projects.find(id).map(x -> x.items()).orElse(0L) + " items");
                                // say at once which gold answers count and which wait for their question
                                goldPanel.show(gold.attach(id));
                                metadataPanel.refreshFields();
                            } catch (ImportException ex) {
                                imported.setText("Nothing was stored.");
                                ex.messages().forEach(m -> problems.add(new ListItem(m)));
                            } catch (IllegalArgumentException ex) {
                                problems.add(new ListItem(ex.getMessage()));
                            }
                        },
                        message -> {
                            imported.setText("Nothing was stored.");
                            problems.removeAll();
                            problems.add(new ListItem(message));
                        })
                .component();
        upload.setId("import-upload");
        itemCount.setId("item-count");
        itemCount.setText(p.items() + " items");
        add(
                new H3("Items"),
                new Paragraph("All or nothing: a file with any problem is rejected with every problem "
                        + "listed. The format is told from the file's content unless you choose one."),
                itemCount,
                source,
                upload,
                imported,
                problems,
                new H3("Gold answers"),
                goldPanel,
                new H3("What annotators see"),
                metadataPanel);

        TextField invitee = new TextField();
        invitee.setPlaceholder("annotator username");
        invitee.setId("invite-username");
        Form<Invitation> inviting = new Form<>(Invitation.class).text(invitee, "username", "Invite");
        Button invite = new Button("Invite");
        inviting.submitOn(
                invite,
                i -> {
                    projects.invite(id, i.username());
                    return i;
                },
                i -> {
                    inviting.clear(invitee);
                    showMembers();
                });
        invite.setId("invite-annotator");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        memberList.setId("member-list");
        add(new H3("Annotators"), new HorizontalLayout(invitee, invite), memberList);
        showMembers();
    }

    private void settings(ProjectSettings current) {
        TextField title = new TextField("Title");
        title.setWidthFull();
        title.setId("setting-title");
        TextArea instructions = new TextArea("Instructions with definitions");
        instructions.setWidthFull();
        instructions.setId("setting-instructions");
        TextArea example = new TextArea("Worked example");
        example.setWidthFull();
        example.setId("setting-example");
        IntegerField k = new IntegerField("Judgements per item (k)");
        k.setId("setting-k");
        IntegerField cap = new IntegerField("Per-worker cap (empty: none)");
        cap.setId("setting-cap");
        IntegerField timeout = new IntegerField("Hold timeout (seconds)");
        timeout.setId("setting-hold-timeout");
        Form<ProjectSettings> form = new Form<>(ProjectSettings.class)
                .text(title, "title")
                .text(instructions, "instructions")
                .text(example, "workedExample")
                .bind(k, "judgementsPerItem", "Judgements per item")
                .bind(cap, "workerCap", "Per-worker cap")
                .bind(timeout, "holdTimeoutSeconds", "Hold timeout");
        form.read(current);
        Button save = new Button(
                "Save settings",
                e -> form.submit(settings -> projects.update(id, settings), saved -> Notices.success("Saved")));
        save.setId("save-settings");
        add(title, instructions, example, new HorizontalLayout(k, cap, timeout), save);
    }

    private void showQuestions(ProjectSummary p) {
        questionList.removeAll();
        p.questions().forEach(q -> questionList.add(new ListItem(describe(q))));
        p.checks()
                .forEach(q -> questionList.add(new ListItem(
                        "Check: " + describe(q) + " → " + q.correctAnswer() + (q.screenOut() ? " (screen-out)" : ""))));
    }

    private static String describe(QuestionSpec q) {
        return q.code() + " · " + q.kind().label() + " · " + q.prompt()
                + (q.keyedAnswers().isEmpty() ? "" : " " + q.keyedAnswers());
    }

    private void showMembers() {
        memberList.removeAll();
        for (MemberView m : projects.members(id)) {
            memberList.add(new ListItem(m.username()
                    + (m.checksPassed() ? " · checks passed" : "")
                    + (m.screenedOut() ? " · screened out" : "")
                    + (m.excluded() ? " · excluded" : "")));
        }
    }
}
