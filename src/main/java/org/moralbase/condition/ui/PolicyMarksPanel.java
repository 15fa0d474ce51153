package org.moralbase.condition.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.moralbase.base.ui.Once;
import org.moralbase.base.ui.TextDownload;
import org.moralbase.condition.ConditionImplications;
import org.moralbase.dataimport.ImportException;
import org.moralbase.dataimport.ui.FileSlot;
import org.moralbase.dataimport.ui.ImportProblems;

/**
 * Which option each policy implies, by file ({@code item,condition,implied}), for the policy-consistency share on the
 * results pages; a new file replaces the marks whole, at any time (they are analysis annotations, not the design).
 */
class PolicyMarksPanel extends Div {

    PolicyMarksPanel(long studyId, ConditionImplications marks) {
        setId("policy-marks");
        addClassName("mb-card");
        Paragraph count = new Paragraph(describe(marks.list(studyId).size()));
        count.setId("policy-marks-count");
        FileSlot file = new FileSlot("policy-marks-file", "Marks file (CSV: item,condition,implied)", ".csv,.txt");
        ImportProblems problems = new ImportProblems("policy-marks-problems");
        Button load = new Button("Import marks");
        Once.onClick(load, () -> {
            problems.clear();
            if (file.source() == null) {
                problems.show("Choose a file first.", List.of());
                return;
            }
            try {
                int n = marks.importMarks(studyId, file.source());
                problems.show(n + " marks imported from " + file.source().name() + ".", List.of());
                count.setText(describe(n));
            } catch (ImportException ex) {
                problems.show(ex);
            } catch (IllegalArgumentException ex) {
                problems.show(ex.getMessage(), List.of());
            }
        });
        load.setId("policy-marks-import");
        add(
                new H3("Which option each policy implies"),
                new Paragraph("For the policy-consistency share: one line per item and condition, with the option"
                        + " (A or B, the item's own labels) that the condition's policy implies. Leave out the items a"
                        + " policy says nothing about. A new file replaces the marks."),
                count,
                file,
                load,
                problems,
                TextDownload.link(
                        "policy-marks-download",
                        "Download marks (CSV)",
                        "policy-marks-" + studyId + ".csv",
                        () -> marks.csv(studyId)));
    }

    private static String describe(int n) {
        return n == 0 ? "No marks yet." : n + (n == 1 ? " mark" : " marks") + " stored.";
    }
}
