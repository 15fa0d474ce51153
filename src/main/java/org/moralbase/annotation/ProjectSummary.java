package org.moralbase.annotation;

import java.util.List;

/**
 * A project as researchers and annotators see it.
 *
 * @param id project id
 * @param settings title, instructions, k, cap, timeout
 * @param ownerName the owner's display name
 * @param items number of items
 * @param judgements number of answered assignments
 * @param questions item questions in order
 * @param checks comprehension checks in order
 * @param randomSeed the seed of the item shuffle and the bootstrap
 */
public record ProjectSummary(
        long id,
        ProjectSettings settings,
        String ownerName,
        long items,
        long judgements,
        List<QuestionSpec> questions,
        List<QuestionSpec> checks,
        long randomSeed) {

    /** Copies the lists. */
    public ProjectSummary {
        questions = List.copyOf(questions);
        checks = List.copyOf(checks);
    }

    /** The project's title. */
    public String title() {
        return settings.title();
    }
}
