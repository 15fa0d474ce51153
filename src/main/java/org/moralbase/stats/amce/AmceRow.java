package org.moralbase.stats.amce;

/**
 * One row (one outcome of a scenario) of a Moral Machine response, reduced to the columns Awad et al.
 * (2018) use for the AMCE regressions (methods §2). Column meanings follow {@code SharedResponses.csv}.
 *
 * @param intervention 1 = these characters die if the car swerves
 * @param barrier 1 = these characters are passengers
 * @param pedPed 1 = pedestrians versus pedestrians
 * @param crossingSignal 0 none, 1 green, 2 red
 * @param scenarioType the {@code ScenarioType} column (e.g. {@code Gender}, {@code Social Status})
 * @param scenarioTypeStrict the {@code ScenarioTypeStrict} column
 * @param attributeLevel the {@code AttributeLevel} column (e.g. {@code Male}, {@code Hoomans})
 * @param diffNumberOfCharacters the {@code DiffNumberOFCharacters} column
 * @param saved 1 = this outcome was spared
 * @param cluster the clustering unit for clustered standard errors (respondent, scenario or run), as a
 *     dense id assigned by whoever feeds the rows
 */
public record AmceRow(
        int intervention,
        int barrier,
        int pedPed,
        int crossingSignal,
        String scenarioType,
        String scenarioTypeStrict,
        String attributeLevel,
        int diffNumberOfCharacters,
        int saved,
        long cluster) {}
