package org.moralbase.dvb;

import java.util.Optional;
import org.moralbase.dvb.domain.StoredDvbItemRepository;
import org.moralbase.study.OpeningCheck;
import org.moralbase.study.StudyKind;
import org.springframework.stereotype.Component;

/** A DVB study opens only with at least one item participants can be shown ({@link DvbItemCounts}). */
@Component
class DvbOpeningCheck implements OpeningCheck {

    private final StoredDvbItemRepository items;

    DvbOpeningCheck(StoredDvbItemRepository items) {
        this.items = items;
    }

    @Override
    public Optional<String> problem(long studyId, StudyKind kind) {
        return kind == StudyKind.DEEP_VALUE ? DvbItems.counts(items, studyId).openingProblem() : Optional.empty();
    }
}
