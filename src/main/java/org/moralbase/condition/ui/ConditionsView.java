package org.moralbase.condition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.moralbase.base.Roles;
import org.moralbase.base.ui.Notices;
import org.moralbase.condition.ConditionImplications;
import org.moralbase.condition.ConditionInput;
import org.moralbase.condition.StatedPolicies;
import org.moralbase.condition.StudyConditions;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudyStatus;
import org.moralbase.study.StudySummary;
import org.moralbase.study.ui.StudyPages;

/**
 * A study's between-subjects conditions (decision 0028): each a code, a label, a text shown to participants above
 * the items and a text sent to models as the system message. Editable while the study is a draft.
 */
@Route("studies/:id/conditions")
@PageTitle("Conditions · Moralbase")
@RolesAllowed({Roles.RESEARCHER, Roles.ADMIN})
public class ConditionsView extends VerticalLayout implements BeforeEnterObserver {

    private final StudyService studies;
    private final StudyConditions conditions;
    private final ConditionImplications implications;
    private final Div rows = new Div();
    private final List<ConditionRow> editors = new ArrayList<>();

    ConditionsView(StudyService studies, StudyConditions conditions, ConditionImplications implications) {
        this.implications = implications;
        this.studies = studies;
        this.conditions = conditions;
        setId("conditions-view");
        setMaxWidth("64rem");
        rows.setId("condition-rows");
        rows.setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StudyPages.fromRoute(event, studies).ifPresent(this::show);
    }

    private void show(StudySummary study) {
        removeAll();
        rows.removeAll();
        editors.clear();
        boolean draft = study.status() == StudyStatus.DRAFT;
        H2 title = new H2(study.title());
        title.setId("study-heading");
        Paragraph about = new Paragraph("Between-subjects conditions: each participant is assigned one when they"
                + " start (balanced on completed sessions) and sees its text above every item; a model run asks"
                + " every condition, one run each with the same items, sending the condition's text as the system"
                + " message. Results and exports can be split by condition. Leave the list empty for none.");
        about.setId("conditions-about");
        add(new Anchor("studies/" + study.id(), "← Study"), title, about);
        if (!draft) {
            Paragraph locked =
                    new Paragraph("This study is " + study.status().name().toLowerCase()
                            + ": its conditions are fixed, so every session and run keeps the condition it was given.");
            locked.addClassName("mb-card");
            locked.setId("conditions-locked");
            add(locked);
        }
        conditions
                .list(study.id())
                .forEach(c -> addRow(
                        new ConditionInput(c.code(), c.label(), c.forPeople(), c.forModels(), c.readLastLine()),
                        draft));
        add(rows);
        if (draft) {
            Button more = new Button("Add condition", e -> addRow(new ConditionInput("", "", "", ""), true));
            more.setId("condition-add");
            Button policies =
                    new Button("Add the three stated policies", e -> StatedPolicies.ALL.forEach(p -> addRow(p, true)));
            policies.setId("condition-add-policies");
            policies.setTooltipText("Utilitarian, deontological and virtue-ethics policies (after Rao et al.),"
                    + " worded for people and for models; edit them freely");
            Button save = new Button("Save conditions", e -> save(study));
            save.setId("conditions-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setDisableOnClick(true);
            add(new Div(more, policies), save);
        }
        if (!editors.isEmpty()) {
            add(new PolicyMarksPanel(study.id(), implications));
        }
    }

    private void addRow(ConditionInput value, boolean editable) {
        ConditionRow row = new ConditionRow(editors.size() + 1, value, editable, this::remove);
        editors.add(row);
        rows.add(row);
    }

    private void remove(ConditionRow row) {
        editors.remove(row);
        rows.remove(row);
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).renumber(i + 1);
        }
    }

    private void save(StudySummary study) {
        try {
            int n = conditions
                    .replace(
                            study.id(),
                            editors.stream().map(ConditionRow::value).toList())
                    .size();
            Notices.success(n == 0 ? "No conditions: every participant sees the same" : n + " conditions saved");
            studies.find(study.id()).ifPresent(this::show);
        } catch (IllegalArgumentException e) {
            Notices.error(e.getMessage());
            getChildren()
                    .filter(c -> "conditions-save".equals(c.getId().orElse("")))
                    .findFirst()
                    .ifPresent(c -> ((Button) c).setEnabled(true));
        }
    }
}
