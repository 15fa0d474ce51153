package org.moralbase.condition;

import java.util.Optional;
import org.moralbase.study.StudyContents;
import org.springframework.stereotype.Component;

/** A duplicated study takes its original's conditions (and their policy marks); they hold no answers, so they never keep a study from deletion. */
@Component
class ConditionContents implements StudyContents {

    private final StudyConditions conditions;
    private final ConditionImplications implications;

    ConditionContents(StudyConditions conditions, ConditionImplications implications) {
        this.conditions = conditions;
        this.implications = implications;
    }

    @Override
    public Optional<String> held(long studyId) {
        return Optional.empty();
    }

    @Override
    public int copyToDuplicate(long fromStudyId, long toStudyId) {
        java.util.Map<Long, Long> ids = conditions.copy(fromStudyId, toStudyId);
        implications.copy(ids);
        return ids.size();
    }
}
