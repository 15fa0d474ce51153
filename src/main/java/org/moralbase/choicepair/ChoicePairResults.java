package org.moralbase.choicepair;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.moralbase.base.Roles;
import org.moralbase.choicepair.domain.ChoicePairResponse;
import org.moralbase.choicepair.domain.ChoicePairResponseRepository;
import org.moralbase.choicepair.domain.StoredChoicePairRepository;
import org.moralbase.participation.StudyResponses;
import org.moralbase.stats.proportion.ProportionEstimator;
import org.moralbase.study.StudyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per-item human choice shares of a choice-pair study. */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ChoicePairResults {

    private final StoredChoicePairRepository items;
    private final ChoicePairResponseRepository responses;
    private final StudyService studies;
    private final StudyResponses sessions;

    ChoicePairResults(
            StoredChoicePairRepository items,
            ChoicePairResponseRepository responses,
            StudyService studies,
            StudyResponses sessions) {
        this.sessions = sessions;
        this.items = items;
        this.responses = responses;
        this.studies = studies;
    }

    /** Every item with the share of people choosing A among those who decided. */
    @Transactional(readOnly = true)
    public List<ItemShare> shares(long studyId) {
        return shares(studyId, null);
    }

    /**
     * As {@link #shares(long)}, from the sessions of one condition only ({@code condition}: its code; {@code null}
     * for every session).
     */
    @Transactional(readOnly = true)
    public List<ItemShare> shares(long studyId, String condition) {
        studies.require(studyId, ChoicePairKind.ID);
        java.util.Set<Long> excluded = sessions.excludedSessions(studyId);
        java.util.Set<Long> inCondition = condition == null ? null : sessions.sessionsInCondition(studyId, condition);
        Map<Long, List<ChoicePairResponse>> byItem = responses.findByStudyId(studyId).stream()
                .filter(r -> !excluded.contains(r.getSessionId()))
                .filter(r -> inCondition == null || inCondition.contains(r.getSessionId()))
                .collect(Collectors.groupingBy(ChoicePairResponse::getItemId));
        ProportionEstimator estimator = ProportionEstimator.withDefaults();
        return items.findByStudyIdOrderById(studyId).stream()
                .map(i -> {
                    List<ChoicePairResponse> answers = byItem.getOrDefault(i.getId(), List.of());
                    int a = (int) answers.stream()
                            .filter(r -> "A".equals(r.getChoice()))
                            .count();
                    int b = (int) answers.stream()
                            .filter(r -> "B".equals(r.getChoice()))
                            .count();
                    int undecided = answers.size() - a - b;
                    return new ItemShare(
                            i.getItemKey(),
                            i.getContext(),
                            i.getOptionA(),
                            i.getOptionB(),
                            a + b == 0 ? null : estimator.estimate(a, a + b),
                            undecided);
                })
                .toList();
    }
}
