package org.moralbase.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.Consumer;
import org.moralbase.base.ui.Once;
import org.moralbase.study.StudyClosing;
import org.moralbase.study.StudySummary;

/**
 * Closing an open study, with the closing rule stated (decision 0034): no new arrivals; the sessions in progress
 * (counted) may finish within the grace period set here (minutes, kept on the study); later answers are refused.
 */
class CloseStudyDialog extends Dialog {

    CloseStudyDialog(StudyClosing closing, StudySummary s, Consumer<StudySummary> onClosed) {
        setId("study-close-dialog");
        setHeaderTitle("Close “" + s.title() + "”?");
        long inProgress = closing.inProgress(s.id());
        Paragraph rule = new Paragraph("No new participants can start once it is closed. "
                + (inProgress == 1 ? "1 session is" : inProgress + " sessions are")
                + " in progress: they may finish within the grace period below, so nobody loses a paid session. After"
                + " it, their answers are refused and they are shown the way back to their platform. Reopening the"
                + " study lets participants arrive again.");
        rule.setId("study-close-rule");
        IntegerField grace = new IntegerField("Grace period (minutes)");
        grace.setId("study-close-grace");
        grace.setMin(0);
        grace.setMax(StudyClosing.MAX_GRACE_MINUTES);
        grace.setValue(s.closeGraceMinutes());
        grace.setHelperText("0 to " + StudyClosing.MAX_GRACE_MINUTES + " (a week); 0 refuses answers at once");
        Paragraph refused = new Paragraph();
        refused.setId("study-close-refused");
        refused.addClassName("mb-warning");
        refused.setVisible(false);
        add(rule, grace, refused);
        Button confirm = new Button("Close study");
        confirm.setId("study-close-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Once.onClick(confirm, () -> {
            try {
                if (grace.getValue() == null || grace.isInvalid()) {
                    throw new IllegalArgumentException(StudyClosing.GRACE_RULE);
                }
                StudySummary closed = closing.close(s.id(), grace.getValue());
                close();
                onClosed.accept(closed);
            } catch (IllegalArgumentException e) {
                refused.setText(e.getMessage());
                refused.setVisible(true);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
