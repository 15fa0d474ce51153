package org.moralbase.participation.ui;

import java.util.List;
import org.moralbase.study.StudyPage;
import org.moralbase.study.StudyPagesOfEveryKind;
import org.springframework.stereotype.Component;

/** Every study, whatever its kind, has the participants monitor ({@link MonitorView}) among its pages. */
@Component
class MonitorPage implements StudyPagesOfEveryKind {

    @Override
    public List<StudyPage> pages() {
        return List.of(StudyPage.of("participants", "Participants", MonitorView.class));
    }
}
