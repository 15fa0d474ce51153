package org.moralbase.condition.ui;

import java.util.List;
import org.moralbase.study.StudyPage;
import org.moralbase.study.StudyPagesOfEveryKind;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every study, whatever its kind, has a conditions page ({@link ConditionsView}). */
@Component
@Order(10)
class ConditionPages implements StudyPagesOfEveryKind {

    @Override
    public List<StudyPage> pages() {
        return List.of(StudyPage.of("conditions", "Conditions", ConditionsView.class));
    }
}
