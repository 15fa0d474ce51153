package org.moralbase.api.rest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.moralbase.participation.ParticipantErasure;
import org.moralbase.participation.SessionMonitor;
import org.moralbase.participation.SessionStatus;
import org.moralbase.study.Recruitment;
import org.moralbase.study.RecruitmentSettings;
import org.moralbase.study.StudyNotFoundException;
import org.moralbase.study.StudyService;
import org.moralbase.study.StudySummary;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A study's participants: live counts (as the participants monitor shows them) and recruitment with its links. */
@RestController
@RequestMapping("/api/v1/studies/{id}")
@Tag(name = "Participants")
class ParticipantsController {

    /** What Prolific fills in (the recruitment page offers the same study URL). */
    private static final String PROLIFIC_PARAMS =
            "?PROLIFIC_PID={{%PROLIFIC_PID%}}&STUDY_ID={{%STUDY_ID%}}&SESSION_ID={{%SESSION_ID%}}";

    /**
     * Sessions by status; excluded sessions count under {@code excluded} only.
     *
     * @param total every session, excluded ones too
     */
    record Counts(long studyId, long total, Map<String, Long> byStatus, long excluded) {}

    /** Where participants come from and the links to hand out ({@code prolific} only for Prolific). */
    record RecruitmentLinks(long studyId, RecruitmentSettings settings, String publicLink, String prolificLink) {}

    private final StudyService studies;
    private final SessionMonitor monitor;
    private final ParticipantErasure erasure;

    ParticipantsController(StudyService studies, SessionMonitor monitor, ParticipantErasure erasure) {
        this.studies = studies;
        this.monitor = monitor;
        this.erasure = erasure;
    }

    @DeleteMapping("/participants/{participant}")
    @Operation(
            summary = "Erase one participant: their session, answers and every row of theirs (audited, not undone)",
            description = "The participant is named by the pseudonymous id of the exports and the monitor, or by the"
                    + " platform id (PROLIFIC_PID, workerId). Answers 200 with the pseudonymous ids erased and the"
                    + " number of answers deleted; 404 when no participant of the study has the id.")
    ParticipantErasure.Erased erase(@PathVariable long id, @PathVariable String participant) {
        return erasure.erase(id, participant);
    }

    @GetMapping("/counts")
    @Operation(summary = "Live counts of the study's participant sessions")
    Counts counts(@PathVariable long id) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (SessionStatus status : SessionStatus.values()) {
            byStatus.put(status.name(), monitor.count(id, status.name()));
        }
        return new Counts(id, monitor.count(id, null), byStatus, monitor.count(id, SessionMonitor.EXCLUDED));
    }

    @GetMapping("/recruitment")
    @Operation(summary = "Recruitment settings and the participant links to hand out")
    RecruitmentLinks recruitment(@PathVariable long id) {
        return links(studies.find(id).orElseThrow(() -> new StudyNotFoundException(id)));
    }

    @PutMapping("/recruitment")
    @Operation(summary = "Set where participants come from, the target and the Prolific codes")
    RecruitmentLinks setRecruitment(@PathVariable long id, @RequestBody RecruitmentSettings settings) {
        if (settings == null || settings.recruitment() == null) {
            throw new IllegalArgumentException("Recruitment: choose LINK, PROLIFIC or MTURK");
        }
        return links(studies.updateRecruitment(id, settings));
    }

    private static RecruitmentLinks links(StudySummary study) {
        String take =
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() + "/take/" + study.publicCode();
        boolean prolific = study.recruitment() != null && study.recruitment().recruitment() == Recruitment.PROLIFIC;
        return new RecruitmentLinks(study.id(), study.recruitment(), take, prolific ? take + PROLIFIC_PARAMS : null);
    }
}
