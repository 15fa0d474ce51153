package org.moralbase.moralmachine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.moralbase.audit.AuditAction;
import org.moralbase.audit.AuditService;
import org.moralbase.base.Roles;
import org.moralbase.moralmachine.format.ResponseRow;
import org.moralbase.moralmachine.format.SharedResponsesWriter;
import org.moralbase.participation.StudyResponses;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Exports a Moral Machine study in Awad's release format: {@code SharedResponses.csv} (41 columns, two rows
 * per answer, see {@link AnswerRows}) and {@code SurveyResponses.csv}. Rows are written as they are read from
 * the database, page by page; nothing holds the study in memory. Each export is audited.
 */
@Service
@PreAuthorize(Roles.HAS_RESEARCHER)
public class MoralMachineExport {

    private final StudyResponses responses;
    private final AuditService audit;

    MoralMachineExport(StudyResponses responses, AuditService audit) {
        this.responses = responses;
        this.audit = audit;
    }

    /** Writes {@code SharedResponses.csv} of the study to {@code out} (not closed); returns the data rows. */
    public long writeSharedResponses(long studyId, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        SharedResponsesWriter csv = new SharedResponsesWriter(text);
        long[] skipped = {0};
        responses.forEachAnswer(studyId, a -> {
            try {
                for (ResponseRow row : AnswerRows.of(a.session(), a.answer())) {
                    csv.write(row);
                }
            } catch (IllegalArgumentException notAScenario) {
                skipped[0]++; // an answer without a scenario cannot be a row; counted in the audit line
            }
        });
        csv.flush();
        audit.record(
                AuditAction.EXPORT,
                "study",
                studyId,
                "SharedResponses.csv, " + csv.rows() + " rows"
                        + (skipped[0] > 0 ? ", " + skipped[0] + " skipped" : ""));
        return csv.rows();
    }

    /** Writes {@code SurveyResponses.csv} (one line per session) to {@code out} (not closed). */
    public long writeSurveyResponses(long studyId, OutputStream out) throws IOException {
        Writer text = new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        SurveyColumns.writeHeader(text);
        long[] written = new long[1];
        responses.forEachSession(studyId, s -> {
            if (!s.session().excluded()) { // a researcher excluded the session from the analyses and exports
                SurveyColumns.writeLine(text, s.session().participantId(), s.surveyJson());
                written[0]++;
            }
        });
        long sessions = written[0];
        text.flush();
        audit.record(AuditAction.EXPORT, "study", studyId, "SurveyResponses.csv, " + sessions + " sessions");
        return sessions;
    }
}
