package org.moralbase.models;

import java.util.List;
import org.moralbase.models.domain.AnswerTable;
import org.moralbase.study.ModelItemAnswers;
import org.moralbase.study.ModelItemTally;
import org.springframework.stereotype.Component;

/**
 * The answers item runs stored, tallied for the features that compare models with people on a study's items.
 * No access checks here: callers are services that have already checked the study.
 */
@Component
class AskedItemAnswers implements ModelItemAnswers {

    private final AnswerTable answers;

    AskedItemAnswers(AnswerTable answers) {
        this.answers = answers;
    }

    @Override
    public List<ModelItemTally> tallies(long studyId) {
        return answers.itemTallies(studyId);
    }
}
