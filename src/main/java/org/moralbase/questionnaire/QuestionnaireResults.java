package org.moralbase.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.moralbase.base.Roles;
import org.moralbase.models.ModelAnswers;
import org.moralbase.models.SamplePoint;
import org.moralbase.participation.SessionStatus;
import org.moralbase.participation.StudyResponses;
import org.moralbase.questionnaire.domain.ItemAnswer;
import org.moralbase.questionnaire.domain.ItemAnswerRepository;
import org.moralbase.questionnaire.domain.QuestionnaireItem;
import org.moralbase.questionnaire.domain.QuestionnaireItemRepository;
import org.moralbase.questionnaire.format.ItemRow;
import org.moralbase.questionnaire.format.Scale;
import org.moralbase.study.StudyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A questionnaire's scores ({@link Scoring}) from the stored answers of people — completed sessions not excluded —
 * and of models, asked or imported.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class QuestionnaireResults {

    private final QuestionnaireItemRepository items;
    private final ItemAnswerRepository answers;
    private final StudyResponses sessions;
    private final ModelAnswers modelAnswers;
    private final StudyService studies;

    QuestionnaireResults(
            QuestionnaireItemRepository items,
            ItemAnswerRepository answers,
            StudyResponses sessions,
            ModelAnswers modelAnswers,
            StudyService studies) {
        this.items = items;
        this.answers = answers;
        this.sessions = sessions;
        this.modelAnswers = modelAnswers;
        this.studies = studies;
    }

    /** A number that changes whenever the results could: answers, model answers or exclusions came or went. */
    @Transactional(readOnly = true)
    public long version(long studyId) {
        studies.require(studyId, QuestionnaireKind.ID);
        return answers.countByStudyId(studyId) * 1_000_003L
                + modelAnswers.count(studyId) * 31L
                + sessions.excludedSessions(studyId).hashCode();
    }

    /** The scores. */
    @Transactional(readOnly = true)
    public QuestionnaireReport report(long studyId) {
        return report(studyId, null);
    }

    /**
     * The scores within one condition (its code; decision 0028) — a persona's or a policy's: the people assigned it
     * beside the runs that asked it; {@code null} for everyone and every run.
     */
    @Transactional(readOnly = true)
    public QuestionnaireReport report(long studyId, String condition) {
        studies.require(studyId, QuestionnaireKind.ID);
        List<ItemRow> bank = new ArrayList<>();
        Map<Long, String> keys = new HashMap<>();
        for (QuestionnaireItem i : items.findByStudyIdOrderById(studyId)) {
            bank.add(i.row());
            keys.put(i.getId(), i.getKey());
        }
        Map<Long, Boolean> counted = new HashMap<>(); // session → counted (completed, not excluded)
        int[] screenedOut = {0};
        try {
            sessions.forEachSession(studyId, s -> {
                boolean completed = s.session().status() == SessionStatus.COMPLETED;
                boolean inCondition =
                        condition == null || condition.equals(s.session().conditionCode());
                counted.put(s.session().id(), completed && !s.session().excluded() && inCondition);
                if (s.session().status() == SessionStatus.SCREENED_OUT
                        && s.session().consented()
                        && inCondition) {
                    screenedOut[0]++;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Long, Map<String, Integer>> people = new LinkedHashMap<>();
        for (ItemAnswer a : answers.findByStudyIdOrderBySessionIdAscPositionAsc(studyId)) {
            if (counted.getOrDefault(a.getSessionId(), false)) {
                people.computeIfAbsent(a.getSessionId(), s -> new HashMap<>())
                        .put(keys.get(a.getItemId()), a.getPoint());
            }
        }
        return Scoring.report(bank, List.copyOf(people.values()), screenedOut[0], models(studyId, condition));
    }

    /**
     * Per model its samples (each run's sample k, over the condition's runs or all), each item id → point chosen, 0 for
     * an unreadable answer.
     */
    private Map<String, List<Map<String, Integer>>> models(long studyId, String condition) {
        java.util.Set<Long> runs = condition == null ? null : modelAnswers.runsInCondition(studyId, condition);
        Map<String, Map<List<Long>, Map<String, Integer>>> samples = new TreeMap<>();
        for (SamplePoint p : modelAnswers.samplePoints(studyId)) {
            if (p.position() < 0 || p.position() > Scale.MAX_POINTS || (runs != null && !runs.contains(p.runId()))) {
                continue;
            }
            samples.computeIfAbsent(p.model(), m -> new LinkedHashMap<>())
                    .computeIfAbsent(List.of(p.runId(), (long) p.sample()), k -> new HashMap<>())
                    .put(p.itemKey(), p.position());
        }
        Map<String, List<Map<String, Integer>>> out = new TreeMap<>();
        samples.forEach((model, bySample) -> out.put(model, List.copyOf(bySample.values())));
        return out;
    }
}
