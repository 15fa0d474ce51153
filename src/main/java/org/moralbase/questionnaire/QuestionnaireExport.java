package org.moralbase.questionnaire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.text.CsvText;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.StudyResponses;
import org.moralbase.questionnaire.domain.ItemAnswer;
import org.moralbase.questionnaire.domain.ItemAnswerRepository;
import org.moralbase.questionnaire.domain.QuestionnaireItem;
import org.moralbase.questionnaire.domain.QuestionnaireItemRepository;
import org.moralbase.questionnaire.format.ItemRow;
import org.moralbase.study.StudyService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A questionnaire's answers in long format, one row per answer, audited: the first three columns are what
 * {@code analyze scale-reliability --input} reads ({@code respondent,item,value}, the value as answered, not
 * reversed). Columns in docs/formats.md.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class QuestionnaireExport {

    static final List<String> COLUMNS = List.of(
            "respondent",
            "item",
            "value",
            "scored",
            "subscale",
            "reverse",
            "attention",
            "attention_passed",
            "position",
            "source",
            "external_id",
            "external_study_id",
            "external_session_id",
            "session_status",
            "response_time_ms",
            "answered_at",
            "condition");

    private final QuestionnaireItemRepository items;
    private final ItemAnswerRepository answers;
    private final StudyResponses sessions;
    private final StudyService studies;
    private final AuditService audit;

    QuestionnaireExport(
            QuestionnaireItemRepository items,
            ItemAnswerRepository answers,
            StudyResponses sessions,
            StudyService studies,
            AuditService audit) {
        this.items = items;
        this.answers = answers;
        this.sessions = sessions;
        this.studies = studies;
        this.audit = audit;
    }

    /**
     * One row per answer, sessions in the order they started and answers in the order shown; excluded sessions are
     * left out, screened-out ones kept (their status says so).
     */
    @Transactional // not read-only: the audit line is written in it
    public String answersCsv(long studyId) {
        studies.require(studyId, QuestionnaireKind.ID);
        Map<Long, ItemRow> byId = new HashMap<>();
        for (QuestionnaireItem i : items.findByStudyIdOrderById(studyId)) {
            byId.put(i.getId(), i.row());
        }
        Map<Long, List<ItemAnswer>> bySession = answers.findByStudyIdOrderBySessionIdAscPositionAsc(studyId).stream()
                .collect(Collectors.groupingBy(ItemAnswer::getSessionId, LinkedHashMap::new, Collectors.toList()));
        List<List<Object>> rows = new ArrayList<>();
        try {
            sessions.forEachSession(studyId, s -> {
                if (!s.session().excluded()) {
                    for (ItemAnswer a : bySession.getOrDefault(s.session().id(), List.of())) {
                        rows.add(row(s.session(), a, byId.get(a.getItemId())));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.EXPORT, "study", studyId, "questionnaire answers CSV: " + rows.size() + " rows");
        return CsvText.write(COLUMNS, rows);
    }

    private static List<Object> row(SessionState session, ItemAnswer a, ItemRow item) {
        return Arrays.asList(
                session.participantId(),
                item.key(),
                a.getPoint(),
                item.attention() ? null : Scoring.scored(item, a.getPoint()),
                item.subscale(),
                item.reverse() ? "yes" : "no",
                item.attention() ? "yes" : "no",
                a.getAttentionPassed() == null ? null : (a.getAttentionPassed() ? "yes" : "no"),
                a.getPosition(),
                session.source().name(),
                session.externalId(),
                session.externalStudyId(),
                session.externalSessionId(),
                session.status().name(),
                a.getResponseTimeMs(),
                a.getAnsweredAt().toString(),
                session.conditionCode());
    }
}
