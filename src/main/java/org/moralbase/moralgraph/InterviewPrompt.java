package org.moralbase.moralgraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The interviewer's words (decision 0037), written for Moralbase in the spirit of MGE's interviewer (Klingefjord, Lowe
 * & Edelman 2024): ask about a real choice, what the participant attends to when choosing well, then propose a card in
 * one strict JSON shape, {@code {"card": {"title": …, "description": …, "policies": […]}}}, which the page reads into
 * the card form. The model sees the conversation so far in one user message ({@code ModelClient} sends one).
 */
final class InterviewPrompt {

    static final String SYSTEM = """
            You are the interviewer of a research study on values, run on Moralbase. You help one participant \
            put into words a value of their own that matters to them for this question:

            %s

            How to interview:
            - Ask one short question at a time, warmly and plainly. Never argue, judge or give your own opinion.
            - First ask about a real choice they made or saw, related to the question: what happened, what they did.
            - Then ask what they paid attention to in that choice when they were acting at their best: the things \
            they noticed, looked for or weighed. Those are "things I pay attention to", each a short phrase \
            (e.g. "What the person already knows", "Chances for them to decide for themselves").
            - After two or three exchanges, or whenever the participant asks, propose a value card.
            - A card has a title (a few words naming the value), a description (one paragraph, 1 to 3 sentences, \
            what living by the value looks like) and 3 to 7 things one pays attention to.
            - To propose a card, say one short sentence inviting the participant to edit it, then give the card on \
            its own, exactly in this JSON shape and nothing else after it:
            {"card": {"title": "…", "description": "…", "policies": ["…", "…", "…"]}}
            - The participant edits and confirms the card themselves; if they want changes, propose a new card.
            - Speak %s only, and write the card in %s.
            """;

    static final Map<String, String> LANGUAGES = Map.of("en", "English", "es", "Spanish", "zh", "Chinese");

    // a card's JSON: from {"card" to the last closing brace (a fence around it is allowed)
    private static final Pattern CARD = Pattern.compile("\\{\\s*\"card\"", Pattern.DOTALL);
    private static final Pattern FENCE = Pattern.compile("```(?:json)?\\s*$", Pattern.DOTALL);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InterviewPrompt() {}

    /** The system message for the question, in the participant's language (en, es or zh; English otherwise). */
    static String system(String question, String language) {
        String name = LANGUAGES.getOrDefault(language, "English");
        return SYSTEM.formatted(question, name, name);
    }

    /** The conversation so far as one user message, the participant's new message last. */
    static String conversation(List<InterviewTurn> turns) {
        StringBuilder s = new StringBuilder("The conversation so far:\n\n");
        for (InterviewTurn t : turns) {
            s.append(InterviewTurn.PARTICIPANT.equals(t.role()) ? "Participant: " : "Interviewer: ")
                    .append(t.text().strip())
                    .append("\n\n");
        }
        return s.append("Reply as the interviewer, with your next message only.")
                .toString();
    }

    /**
     * An answer read: the words to show, and the card if the answer carries one in the strict shape.
     *
     * @param unreadable whether the answer carries something like a card that could not be read
     */
    record Read(String shown, Optional<CardDraft> card, boolean unreadable) {}

    /** Reads an answer; never throws. */
    static Read read(String answer) {
        String text = answer == null ? "" : answer.strip();
        Matcher m = CARD.matcher(text);
        if (!m.find()) {
            return new Read(text, Optional.empty(), false);
        }
        String before =
                FENCE.matcher(text.substring(0, m.start())).replaceAll("").strip();
        int end = text.lastIndexOf('}');
        Optional<CardDraft> card = end < m.start() ? Optional.empty() : card(text.substring(m.start(), end + 1));
        return new Read(before, card, card.isEmpty());
    }

    private static Optional<CardDraft> card(String json) {
        try {
            JsonNode card = JSON.readTree(json).get("card");
            if (card == null || !card.isObject()) {
                return Optional.empty();
            }
            JsonNode title = card.get("title");
            JsonNode description = card.get("description");
            JsonNode policies = card.get("policies");
            if (title == null
                    || !title.isString()
                    || description == null
                    || !description.isString()
                    || policies == null
                    || !policies.isArray()) {
                return Optional.empty();
            }
            List<String> lines = new ArrayList<>();
            for (JsonNode p : policies) {
                if (!p.isString()) {
                    return Optional.empty();
                }
                lines.add(p.asString().replaceAll("\\R", " "));
            }
            return Optional.of(new CardDraft(title.asString(), description.asString(), lines));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
