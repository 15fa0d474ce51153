package org.moralbase.moralgraph;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.moralbase.models.OwnerModels;
import org.moralbase.participation.ParticipationService;
import org.moralbase.participation.SessionState;
import org.moralbase.participation.SessionStatus;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.PublicStudy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The interviewer that may help a participant write their card (issue #15; decision 0037): the study's interviewer
 * model, asked as the study owner's (their key rules), in the participant's language, with the transcript the page
 * keeps. Nothing is stored here: the transcript is stored with the card the participant confirms ({@link
 * ValuesCardParticipation#writeCard(String, CardDraft, List, Runnable)}).
 */
@Service
public class CardInterview {

    /** The most messages a participant sends the interviewer. */
    public static final int MAX_MESSAGES = 12;

    /** The longest message a participant sends. */
    public static final int MAX_MESSAGE_LENGTH = 1000;

    /** The longest interviewer answer kept (longer ones are cut). */
    static final int MAX_ANSWER_LENGTH = 6000;

    private static final Logger log = LoggerFactory.getLogger(CardInterview.class);

    private final ParticipationService participation;
    private final PublicStudies studies;
    private final OwnerModels models;
    private final Clock clock;

    CardInterview(ParticipationService participation, PublicStudies studies, OwnerModels models, Clock clock) {
        this.participation = participation;
        this.studies = studies;
        this.models = models;
        this.clock = clock;
    }

    /**
     * Sends the participant's message with the transcript so far and reads the interviewer's answer.
     *
     * @throws IllegalArgumentException when the session cannot talk to an interviewer, the message is empty or too
     *     long, or the participant has sent {@link #MAX_MESSAGES} already
     */
    public InterviewReply send(String token, List<InterviewTurn> before, String message) {
        SessionState session = participation
                .session(token)
                .filter(s -> s.status() == SessionStatus.ACTIVE && s.consented())
                .orElseThrow(() -> new IllegalArgumentException("Interview: no active session with this token"));
        PublicStudy study = studies.byId(session.studyId()).orElseThrow();
        ValuesCardSettings settings = ValuesCardSettings.fromJson(study.settings());
        if (!ValuesCardKind.ID.equals(study.kind()) || settings.interviewerModelId() == null) {
            throw new IllegalArgumentException("Interview: this study has no interviewer");
        }
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() || text.length() > MAX_MESSAGE_LENGTH) {
            throw new IllegalArgumentException("Interview: a message of 1 to " + MAX_MESSAGE_LENGTH + " characters");
        }
        if (sent(before) >= MAX_MESSAGES) {
            throw new IllegalArgumentException("Interview: at most " + MAX_MESSAGES + " messages");
        }
        List<InterviewTurn> turns = new ArrayList<>(before);
        InterviewTurn asked = new InterviewTurn(InterviewTurn.PARTICIPANT, text, clock.instant());
        turns.add(asked);
        long owner = studies.ownerOf(study.id()).orElseThrow();
        OwnerModels.Answer answer = models.ask(
                settings.interviewerModelId(),
                owner,
                InterviewPrompt.system(settings.question(), session.language()),
                InterviewPrompt.conversation(turns));
        if (!answer.answered()) {
            log.warn("Interviewer of study {} failed: {}", study.id(), answer.failure());
            return new InterviewReply(List.of(asked), null, Optional.empty(), false, answer.failure());
        }
        String raw = answer.text().length() > MAX_ANSWER_LENGTH
                ? answer.text().substring(0, MAX_ANSWER_LENGTH)
                : answer.text();
        InterviewPrompt.Read read = InterviewPrompt.read(raw);
        InterviewTurn said = new InterviewTurn(InterviewTurn.INTERVIEWER, raw, clock.instant());
        return new InterviewReply(List.of(asked, said), read.shown(), read.card(), read.unreadable(), null);
    }

    /** How many messages the participant has sent in a transcript. */
    public static int sent(List<InterviewTurn> turns) {
        return (int) turns.stream()
                .filter(t -> InterviewTurn.PARTICIPANT.equals(t.role()))
                .count();
    }
}
