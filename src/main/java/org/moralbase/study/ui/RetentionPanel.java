package org.moralbase.study.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.OptionalInt;
import org.moralbase.base.ui.Notices;
import org.moralbase.base.ui.Once;
import org.moralbase.study.StudyRetention;

/**
 * The study's retention of platform ids (decision 0039): how many days after a session ended its PROLIFIC_PID or
 * workerId is dropped (answers are kept); empty follows the server's default.
 */
class RetentionPanel extends HorizontalLayout {

    RetentionPanel(StudyRetention retention, long studyId) {
        IntegerField days = new IntegerField("Drop Prolific/MTurk ids after (days)");
        days.setId("study-retention-days");
        days.setMin(1);
        days.setMax(StudyRetention.MAX_DAYS);
        days.setWidth("16em");
        OptionalInt fallback = retention.serverDefault();
        days.setPlaceholder(fallback.isPresent() ? fallback.getAsInt() + " (server default)" : "keep (server default)");
        days.setHelperText("Days after a session ended; its answers stay. Pay and approve before then.");
        retention.ofStudy(studyId).ifPresent(days::setValue);
        Button save = new Button("Save retention");
        save.setId("study-retention-save");
        Once.onClick(save, () -> {
            try {
                retention.set(studyId, days.getValue());
                days.setInvalid(false);
                Notices.success(
                        days.getValue() == null
                                ? "Platform ids follow the server's default"
                                : "Platform ids are dropped " + days.getValue() + " days after a session ends");
            } catch (IllegalArgumentException refused) {
                days.setInvalid(true);
                days.setErrorMessage(refused.getMessage());
            }
        });
        add(days, save);
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
        setId("study-retention");
    }
}
