package org.moralbase.utility;

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
import org.moralbase.study.StudyService;
import org.moralbase.utility.domain.Outcome;
import org.moralbase.utility.domain.OutcomeRepository;
import org.moralbase.utility.domain.Vote;
import org.moralbase.utility.domain.VoteRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A utility study's downloads, each audited: every vote in long format (the columns `analyze utilities` reads), and
 * the fitted utilities in the emergent-values results shape. Columns in docs/formats.md.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class UtilityExport {

    static final List<String> VOTE_COLUMNS = List.of(
            "participant",
            "source",
            "external_id",
            "session_status",
            "position",
            "option_a",
            "option_b",
            "choice",
            "chosen",
            "anchor",
            "response_time_ms",
            "answered_at",
            "condition");

    private final OutcomeRepository outcomes;
    private final VoteRepository votes;
    private final StudyResponses sessions;
    private final StudyService studies;
    private final AuditService audit;

    UtilityExport(
            OutcomeRepository outcomes,
            VoteRepository votes,
            StudyResponses sessions,
            StudyService studies,
            AuditService audit) {
        this.outcomes = outcomes;
        this.votes = votes;
        this.sessions = sessions;
        this.studies = studies;
        this.audit = audit;
    }

    /**
     * One row per vote, sessions in the order they started and votes in the order shown: the outcome ids as shown
     * (option A, option B), the choice as shown and the id of the outcome chosen. Excluded sessions are left out.
     */
    @Transactional // not read-only: the audit line is written in it
    public String votesCsv(long studyId) {
        studies.require(studyId, UtilityKind.ID);
        Map<Long, String> keys = new HashMap<>();
        for (Outcome o : outcomes.findByStudyIdOrderById(studyId)) {
            keys.put(o.getId(), o.getKey());
        }
        Map<Long, List<Vote>> bySession = votes.findByStudyIdOrderBySessionIdAscPositionAsc(studyId).stream()
                .collect(Collectors.groupingBy(Vote::getSessionId, LinkedHashMap::new, Collectors.toList()));
        List<List<Object>> rows = new ArrayList<>();
        try {
            sessions.forEachSession(studyId, s -> {
                if (s.session().excluded()) {
                    return;
                }
                for (Vote v : bySession.getOrDefault(s.session().id(), List.of())) {
                    rows.add(row(s.session(), v, keys));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(AuditAction.EXPORT, "study", studyId, "utility votes CSV: " + rows.size() + " rows");
        return CsvText.write(VOTE_COLUMNS, rows);
    }

    private static List<Object> row(SessionState session, Vote v, Map<Long, String> keys) {
        return Arrays.asList(
                session.participantId(),
                session.source().name(),
                session.externalId(),
                session.status().name(),
                v.getPosition(),
                keys.get(v.getFirstId()),
                keys.get(v.getSecondId()),
                v.getChosenId() == v.getFirstId() ? "A" : "B",
                keys.get(v.getChosenId()),
                v.isAnchor() ? "yes" : "no",
                v.getResponseTimeMs(),
                v.getAnsweredAt().toString(),
                session.conditionCode());
    }
}
