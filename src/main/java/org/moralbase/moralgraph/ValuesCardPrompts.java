package org.moralbase.moralgraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.moralgraph.domain.PlannedTransitionRepository;
import org.moralbase.moralgraph.domain.StoredCard;
import org.moralbase.moralgraph.domain.StoredCardRepository;
import org.moralbase.moralgraph.domain.TransitionStory;
import org.moralbase.moralgraph.domain.TransitionStoryRepository;
import org.moralbase.study.AskableItem;
import org.moralbase.study.ModelItems;
import org.moralbase.study.PublicStudies;
import org.moralbase.study.TwoOptions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A values-card study's transitions as a model is asked them (docs/methods.md, "Values cards and the moral graph"):
 * every transition planned for the study's participants when the run starts, worded as the participant page asks it,
 * with "Option A" / "Option B" for "wiser" / "not wiser", as written and swapped; read by Takemoto's rule
 * ({@link TwoOptions#OPTIONS}). Option A as written is the upgrade, so a model's answers become MGE votes: A upgrade,
 * B no_upgrade (a model has no "not sure"; an unreadable answer is kept and not counted).
 */
@Component
class ValuesCardPrompts implements ModelItems {

    static final String TEMPLATE = "Question: %s\nContext: %s\n\nValue X: %s\n\nValue Y: %s\n\n"
            + "Is moving from value X to value Y wiser in this context?\n\nOption A: %s\nOption B: %s\n\n"
            + "Answer with \"Option A\" or \"Option B\".";
    static final String STORY = "Story: %s\n\n";
    static final String WISER = "Yes, value Y is wiser.";
    static final String NOT_WISER = "No, value Y is not wiser.";

    private final StoredCardRepository cards;
    private final PlannedTransitionRepository transitions;
    private final PublicStudies studies;
    private final TransitionStoryRepository stories;

    ValuesCardPrompts(
            StoredCardRepository cards,
            PlannedTransitionRepository transitions,
            PublicStudies studies,
            TransitionStoryRepository stories) {
        this.stories = stories;
        this.cards = cards;
        this.transitions = transitions;
        this.studies = studies;
    }

    @Override
    public boolean swappable() {
        return true;
    }

    @Override
    public int chosenPosition(String raw) {
        return TwoOptions.OPTIONS.chosenPosition(raw);
    }

    @Override
    public String answerWords() {
        return "'Option A' (wiser) or 'Option B' (not wiser)";
    }

    @Override
    @Transactional(readOnly = true)
    public List<AskableItem> items(long studyId, Map<String, String> settings, long seed) {
        ValuesCardSettings s = ValuesCardSettings.fromJson(
                studies.byId(studyId).map(st -> st.settings()).orElse(null));
        Map<Long, StoredCard> byId = new HashMap<>();
        cards.findByStudyIdOrderById(studyId).forEach(c -> byId.put(c.getId(), c));
        Map<String, String> told = new HashMap<>();
        for (TransitionStory st : stories.findByStudyIdOrderById(studyId)) {
            told.put(
                    ValuesCardParticipation.storyKey(st.getFromCardId(), st.getToCardId(), st.getContext()),
                    st.getStory());
        }
        List<AskableItem> out = new ArrayList<>();
        for (Object[] row : transitions.distinctPlanned(studyId)) {
            long from = ((Number) row[0]).longValue();
            long to = ((Number) row[1]).longValue();
            String context = (String) row[2];
            int index = s.contexts().indexOf(context);
            if (index < 0 || !byId.containsKey(from) || !byId.containsKey(to)) {
                continue;
            }
            String x = ValuesCardParticipation.view(byId.get(from)).described();
            String y = ValuesCardParticipation.view(byId.get(to)).described();
            String story = told.get(ValuesCardParticipation.storyKey(from, to, context));
            out.add(new AskableItem(
                    itemKey(from, to, index),
                    null,
                    prompt(s.question(), context, x, y, story, WISER, NOT_WISER),
                    prompt(s.question(), context, x, y, story, NOT_WISER, WISER)));
        }
        return out;
    }

    /** The item key of a transition: from card, to card (row ids) and the context's index in the settings. */
    static String itemKey(long from, long to, int contextIndex) {
        return "vc:" + from + ":" + to + ":" + contextIndex;
    }

    // the story, when the transition has one, stands after the two values (decision 0037)
    static String prompt(String question, String context, String x, String y, String story, String a, String b) {
        String asked = TEMPLATE.formatted(question, context, x, y, a, b);
        if (story == null) {
            return asked;
        }
        int at = asked.indexOf("Is moving from value X");
        return asked.substring(0, at) + STORY.formatted(story) + asked.substring(at);
    }
}
