package org.moralbase.participation;

import org.moralbase.study.PublicStudies;
import org.springframework.stereotype.Component;

/** Test helper: a participant arriving from Prolific at an open study, as the landing page would start them. */
@Component
public class TestParticipants {

    private final ParticipationService participation;
    private final PublicStudies studies;

    TestParticipants(ParticipationService participation, PublicStudies studies) {
        this.participation = participation;
        this.studies = studies;
    }

    /** Starts (or resumes) the session of Prolific participant {@code pid}; returns its secret token (the address). */
    public String startFromProlific(long studyId, String pid) {
        StartOutcome outcome = participation.start(
                studies.byId(studyId).orElseThrow(),
                new Arrival(Source.PROLIFIC, pid, "s", "x", null, false),
                null,
                "en",
                "desktop");
        return ((StartOutcome.Ready) outcome).session().token();
    }

    /** The pseudonymous participant id (exports, monitor) of the session this token opens. */
    public String participantId(String token) {
        return participation.session(token).orElseThrow().participantId();
    }
}
