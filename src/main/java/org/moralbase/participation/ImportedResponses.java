package org.moralbase.participation;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.moralbase.base.Roles;
import org.moralbase.study.StudyNotFoundException;
import org.moralbase.study.StudyService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores answers imported from another platform's data as completed sessions of a study: one session per
 * participant id (kept as the session's external id), answers in batches. Runs inside the caller's
 * transaction, so a failure anywhere leaves nothing behind (docs/decisions/0004-imported-responses.md).
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ImportedResponses {

    private static final int BATCH = 1000;
    private static final String INSERT_SESSION = "INSERT INTO participant_session (study_id, public_id, source,"
            + " external_id, status, language, device, random_seed, started_at, finished_at)"
            + " VALUES (?, ?, 'LINK', ?, 'COMPLETED', 'en', ?, 0, ?, ?)";
    private static final String INSERT_RESPONSE = "INSERT INTO response (session_id, position, item_key, shown,"
            + " choice, answered_at) VALUES (?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final StudyService studies;
    private final Clock clock;

    ImportedResponses(JdbcTemplate jdbc, StudyService studies, Clock clock) {
        this.jdbc = jdbc;
        this.studies = studies;
        this.clock = clock;
    }

    /** What an import stored. */
    public record Stored(long sessions, long answers) {}

    /** Stores every answer of {@code source} in study {@code studyId}; needs a surrounding transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Stored store(long studyId, ImportedAnswerSource source) throws IOException {
        if (studies.find(studyId).isEmpty()) {
            throw new StudyNotFoundException(studyId);
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        Map<String, long[]> sessionOf = new HashMap<>(); // participant -> {session id, last position}
        List<Object[]> batch = new ArrayList<>(BATCH);
        long[] answers = {0};
        source.forEach(a -> {
            long[] session = sessionOf.computeIfAbsent(
                    a.participant(), p -> new long[] {insertSession(studyId, p, a.device(), now), 0});
            batch.add(new Object[] {session[0], (int) ++session[1], a.itemKey(), a.shown(), a.choice(), now});
            answers[0]++;
            if (batch.size() == BATCH) {
                flush(batch);
            }
        });
        flush(batch);
        return new Stored(sessionOf.size(), answers[0]);
    }

    private long insertSession(long studyId, String participant, String device, Timestamp now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(INSERT_SESSION, Statement.RETURN_GENERATED_KEYS);
                    ps.setLong(1, studyId);
                    ps.setString(2, UUID.randomUUID().toString());
                    ps.setString(3, participant);
                    ps.setString(4, device);
                    ps.setTimestamp(5, now);
                    ps.setTimestamp(6, now);
                    return ps;
                },
                key);
        return key.getKey().longValue();
    }

    private void flush(List<Object[]> batch) {
        if (!batch.isEmpty()) {
            jdbc.batchUpdate(INSERT_RESPONSE, batch);
            batch.clear();
        }
    }
}
