package org.moralbase.moralmachine;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One scenario of Takemoto's design (methods §1.3, {@code generate_moral_machine_scenarios.py}):
 * intervention, in-car and law flags each 50/50. In-car: the two groups are swapped with probability 1/2 and
 * the first becomes the passengers, who die if the car swerves when the intervention flag is set, else if it
 * stays; with the law flag the pedestrians' signal is green or red 50/50. Ped-vs-ped: the first group dies
 * if the car swerves when the intervention flag is set; with the law flag the two lanes get green and red in
 * random order. Original case order: Case 1 (left) is the first group (passengers in-car); otherwise the
 * case order is a fair coin.
 */
final class TakemotoDesign {
    private TakemotoDesign() {}

    static Scenario scenario(Dimension d, CharacterSampler sampler, RandomGenerator rng, boolean originalOrder) {
        boolean intervention = rng.nextBoolean();
        boolean inCar = rng.nextBoolean();
        boolean law = rng.nextBoolean();
        CharacterSampler.Groups g = sampler.sample(d, rng);
        CarAction firstDiesIf = intervention ? CarAction.SWERVE : CarAction.STAY;
        Outcome first;
        Outcome second;
        if (inCar) {
            boolean swap = rng.nextBoolean();
            List<CharacterType> passengers = swap ? g.second() : g.first();
            List<CharacterType> pedestrians = swap ? g.first() : g.second();
            Signal peds = law ? (rng.nextBoolean() ? Signal.GREEN : Signal.RED) : Signal.NONE;
            first = new Outcome(passengers, true, Signal.NONE, firstDiesIf, swap ? g.secondLevel() : g.firstLevel());
            second =
                    new Outcome(pedestrians, false, peds, firstDiesIf.other(), swap ? g.firstLevel() : g.secondLevel());
        } else {
            Signal s1 = Signal.NONE;
            Signal s2 = Signal.NONE;
            if (law) {
                boolean firstGreen = rng.nextBoolean();
                s1 = firstGreen ? Signal.GREEN : Signal.RED;
                s2 = firstGreen ? Signal.RED : Signal.GREEN;
            }
            first = new Outcome(g.first(), false, s1, firstDiesIf, g.firstLevel());
            second = new Outcome(g.second(), false, s2, firstDiesIf.other(), g.secondLevel());
        }
        boolean firstOnLeft = originalOrder || rng.nextBoolean();
        return firstOnLeft ? new Scenario(d, first, second) : new Scenario(d, second, first);
    }
}
