package org.moralbase.participation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.dataimport.text.CsvText;
import org.moralbase.study.RecruitmentSettings;
import org.moralbase.study.StudyExport;
import org.moralbase.study.StudyExports;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every study's participants as one CSV, whatever its kind: the session id that the other exports use, the
 * recruiting platform's ids (Prolific's PROLIFIC_PID, STUDY_ID, SESSION_ID; MTurk's workerId, hitId, assignmentId),
 * status, times, answers, and the code the participant was given (completion or screen-out), so a researcher can
 * approve, reject, pay bonuses and join the platform's demographics. Audited. Columns in docs/formats.md.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class ParticipantsExport implements StudyExports {

    /** The export's columns. */
    public static final List<String> COLUMNS = List.of(
            "participant",
            "source",
            "external_id",
            "external_study_id",
            "external_session_id",
            "status",
            "language",
            "device",
            "started_at",
            "consented",
            "finished_at",
            "answers",
            "code_given",
            "excluded",
            "exclusion_reason",
            "condition",
            "platform_ids_dropped_at");

    private final StudyResponses responses;
    private final StudyService studies;
    private final AuditService audit;

    ParticipantsExport(StudyResponses responses, StudyService studies, AuditService audit) {
        this.responses = responses;
        this.studies = studies;
        this.audit = audit;
    }

    @Override
    public List<StudyExport> exports(StudySummary study) {
        return List.of(StudyExport.csv(
                "participants",
                "Participants with their Prolific/MTurk ids (CSV)",
                "participants-" + study.id() + ".csv",
                out -> write(study.id(), out)));
    }

    /** Writes the study's participants (UTF-8), in the order they arrived; returns the rows written. */
    @Transactional // not read-only: the audit line is written in it
    public long write(long studyId, OutputStream out) throws IOException {
        RecruitmentSettings recruitment = studies.find(studyId)
                .orElseThrow(() -> new org.moralbase.study.StudyNotFoundException(studyId))
                .recruitment();
        long[] rows = {0};
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CsvText.Rows csv = CsvText.open(text, COLUMNS)) {
            responses.forEachSession(studyId, s -> {
                SessionState p = s.session();
                csv.add(Arrays.asList(
                        p.participantId(),
                        p.source().name(),
                        p.externalId(),
                        p.externalStudyId(),
                        p.externalSessionId(),
                        p.status().name(),
                        p.language(),
                        p.device(),
                        p.startedAt().toString(),
                        p.consented(),
                        p.finishedAt() == null ? null : p.finishedAt().toString(),
                        p.answered(),
                        switch (p.status()) {
                            case COMPLETED -> recruitment.completionCode();
                            case SCREENED_OUT -> recruitment.screenOutCode();
                            default -> null;
                        },
                        p.excluded(),
                        p.exclusionReason(),
                        p.conditionCode(),
                        p.platformIdsDroppedAt() == null
                                ? null
                                : p.platformIdsDroppedAt().toString()));
                rows[0]++;
            });
        }
        audit.record(AuditAction.EXPORT, "study", studyId, "participants CSV: " + rows[0] + " rows");
        return rows[0];
    }
}
