package org.moralbase.moralmachine;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One scenario of the website's design (methods §1.3, Awad mode): P(ped-vs-ped) = 0.48, P(passengers die if
 * the car stays) = 0.20, P(passengers die if it swerves) = 0.32; P(no signal) = 0.48; ped-vs-ped: stay-lane
 * red and swerve-lane green 0.32, stay-lane green and swerve-lane red 0.20; ped-vs-passengers: pedestrians
 * green 0.20, red 0.32. Which group takes which role and which outcome is drawn on the left are each 50/50
 * (not stated in §1.3; the design weights of §2 assume the attribute is independent of the role).
 */
final class AwadDesign {
    static final double P_PED_PED = 0.48;
    static final double P_PASSENGERS_DIE_IF_STAY = 0.20;
    static final double P_NO_SIGNAL = 0.48;
    static final double P_STAY_RED_SWERVE_GREEN = 0.32;
    static final double P_PEDESTRIANS_GREEN = 0.20;

    private AwadDesign() {}

    static Scenario scenario(Dimension d, CharacterSampler sampler, RandomGenerator rng) {
        CharacterSampler.Groups g = sampler.sample(d, rng);
        boolean swap = rng.nextBoolean();
        List<CharacterType> a = swap ? g.second() : g.first();
        List<CharacterType> b = swap ? g.first() : g.second();
        String levelA = swap ? g.secondLevel() : g.firstLevel();
        String levelB = swap ? g.firstLevel() : g.secondLevel();
        double layout = rng.nextDouble();
        double signal = rng.nextDouble();
        Outcome oa;
        Outcome ob;
        if (layout < P_PED_PED) {
            Signal stay = Signal.NONE;
            Signal swerve = Signal.NONE;
            if (signal >= P_NO_SIGNAL) {
                boolean stayRed = signal < P_NO_SIGNAL + P_STAY_RED_SWERVE_GREEN;
                stay = stayRed ? Signal.RED : Signal.GREEN;
                swerve = stayRed ? Signal.GREEN : Signal.RED;
            }
            oa = new Outcome(a, false, stay, CarAction.STAY, levelA);
            ob = new Outcome(b, false, swerve, CarAction.SWERVE, levelB);
        } else {
            CarAction passengersDie = layout < P_PED_PED + P_PASSENGERS_DIE_IF_STAY ? CarAction.STAY : CarAction.SWERVE;
            Signal peds = Signal.NONE;
            if (signal >= P_NO_SIGNAL) {
                peds = signal < P_NO_SIGNAL + P_PEDESTRIANS_GREEN ? Signal.GREEN : Signal.RED;
            }
            oa = new Outcome(a, true, Signal.NONE, passengersDie, levelA);
            ob = new Outcome(b, false, peds, passengersDie.other(), levelB);
        }
        return rng.nextBoolean() ? new Scenario(d, oa, ob) : new Scenario(d, ob, oa);
    }
}
