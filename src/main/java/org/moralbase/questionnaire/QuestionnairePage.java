package org.moralbase.questionnaire;

import java.util.List;

/** One item as the participant sees it: its position in the session, its text and its scale's labels (point 1 first). */
public record QuestionnairePage(int position, String itemKey, String text, List<String> labels) {}
