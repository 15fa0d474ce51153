package org.moralbase.models;

import java.util.Optional;
import org.moralbase.models.domain.ModelRunRepository;
import org.moralbase.study.StudyContents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Model runs on a study, asked or imported, keep it from being deleted. */
@Component
class RunsOnStudy implements StudyContents {

    private final ModelRunRepository runs;

    RunsOnStudy(ModelRunRepository runs) {
        this.runs = runs;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> held(long studyId) {
        long n = runs.countByStudyId(studyId);
        return n == 0 ? Optional.empty() : Optional.of(n + (n == 1 ? " model run" : " model runs"));
    }
}
