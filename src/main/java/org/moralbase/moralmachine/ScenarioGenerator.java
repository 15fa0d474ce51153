package org.moralbase.moralmachine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Seeded, reproducible Moral Machine scenario generator in the two modes of methods §1.3. Immutable;
 * configure with the {@code with…} methods.
 *
 * <p>Scenarios come in sessions: session {@code i} of a generator with seed {@code s} is a pure function of
 * ({@code s}, {@code i}, configuration), drawn from a {@link SplittableRandom} seeded with a SplitMix64 hash
 * of both, so sessions can be generated in any order or in parallel. The {@code ScenarioOrder} of a
 * scenario is its position in its session plus one.
 *
 * <p><b>Awad mode</b>: a session is the 6 character attributes twice plus one Random, shuffled; for other
 * session lengths, whole shuffled blocks of 13 are concatenated and cut. See {@link AwadDesign} for the
 * probabilities. <b>Takemoto mode</b>: each scenario's dimension is uniform over the 6 attributes; see
 * {@link TakemotoDesign}. Sessions in Takemoto mode only group scenarios into reproducible blocks.
 */
public final class ScenarioGenerator {

    /** The website's session length (methods §1.3). */
    public static final int AWAD_SESSION_LENGTH = 13;

    private static final List<Dimension> AWAD_BLOCK = List.of(
            Dimension.GENDER,
            Dimension.GENDER,
            Dimension.FITNESS,
            Dimension.FITNESS,
            Dimension.SOCIAL_STATUS,
            Dimension.SOCIAL_STATUS,
            Dimension.AGE,
            Dimension.AGE,
            Dimension.UTILITARIAN,
            Dimension.UTILITARIAN,
            Dimension.SPECIES,
            Dimension.SPECIES,
            Dimension.RANDOM);
    private static final Dimension[] ATTRIBUTES = AWAD_BLOCK.stream()
            .filter(Dimension::isCharacterAttribute)
            .distinct()
            .toArray(Dimension[]::new);

    private final GeneratorMode mode;
    private final long seed;
    private final int scenariosPerSession;
    private final Stimuli stimuli;
    private final boolean takemotoOriginalOrder;
    private final CharacterSampler sampler;

    private ScenarioGenerator(GeneratorMode mode, long seed, int perSession, Stimuli stimuli, boolean original) {
        this.mode = Objects.requireNonNull(mode, "mode");
        this.stimuli = Objects.requireNonNull(stimuli, "stimuli");
        if (perSession < 1) {
            throw new IllegalArgumentException("scenarios per session must be at least 1, got " + perSession);
        }
        this.seed = seed;
        this.scenariosPerSession = perSession;
        this.takemotoOriginalOrder = original;
        this.sampler = new CharacterSampler(stimuli);
    }

    /** A generator in this mode with all stimuli, 13 scenarios per session and randomised case order. */
    public static ScenarioGenerator of(GeneratorMode mode, long seed) {
        return new ScenarioGenerator(mode, seed, AWAD_SESSION_LENGTH, Stimuli.ALL, false);
    }

    /** A copy with this many scenarios per session (at least 1). */
    public ScenarioGenerator withScenariosPerSession(int n) {
        return new ScenarioGenerator(mode, seed, n, stimuli, takemotoOriginalOrder);
    }

    /** A copy showing only these stimuli. */
    public ScenarioGenerator withStimuli(Stimuli s) {
        return new ScenarioGenerator(mode, seed, scenariosPerSession, s, takemotoOriginalOrder);
    }

    /**
     * A copy with Takemoto's original case order (Case 1 = his first group in ped-vs-ped, the passengers in
     * in-car scenarios) instead of a random order. Only to reproduce published numbers: it confounds position
     * bias with preferences (methods §1.3). Ignored in Awad mode.
     */
    public ScenarioGenerator withTakemotoOriginalOrder(boolean original) {
        return new ScenarioGenerator(mode, seed, scenariosPerSession, stimuli, original);
    }

    /** The mode. */
    public GeneratorMode mode() {
        return mode;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** Scenarios per session. */
    public int scenariosPerSession() {
        return scenariosPerSession;
    }

    /** The stimuli shown. */
    public Stimuli stimuli() {
        return stimuli;
    }

    /** Whether Takemoto's original case order is used. */
    public boolean takemotoOriginalOrder() {
        return takemotoOriginalOrder;
    }

    /** The scenarios of session {@code sessionIndex} (≥ 0), always the same for the same seed and index. */
    public List<Scenario> session(long sessionIndex) {
        if (sessionIndex < 0) {
            throw new IllegalArgumentException("session index must be non-negative, got " + sessionIndex);
        }
        RandomGenerator rng = new SplittableRandom(mix(seed, sessionIndex));
        List<Dimension> dims = mode == GeneratorMode.AWAD ? awadDimensions(rng) : null;
        List<Scenario> out = new ArrayList<>(scenariosPerSession);
        for (int i = 0; i < scenariosPerSession; i++) {
            out.add(
                    mode == GeneratorMode.AWAD
                            ? AwadDesign.scenario(dims.get(i), sampler, rng)
                            : TakemotoDesign.scenario(
                                    ATTRIBUTES[rng.nextInt(ATTRIBUTES.length)], sampler, rng, takemotoOriginalOrder));
        }
        return List.copyOf(out);
    }

    /** The first {@code count} scenarios of sessions 0, 1, … concatenated. */
    public List<Scenario> scenarios(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be non-negative, got " + count);
        }
        List<Scenario> out = new ArrayList<>(count);
        for (long s = 0; out.size() < count; s++) {
            List<Scenario> session = session(s);
            out.addAll(session.subList(0, Math.min(session.size(), count - out.size())));
        }
        return out;
    }

    private List<Dimension> awadDimensions(RandomGenerator rng) {
        List<Dimension> dims = new ArrayList<>(scenariosPerSession + AWAD_SESSION_LENGTH);
        while (dims.size() < scenariosPerSession) {
            List<Dimension> block = new ArrayList<>(AWAD_BLOCK);
            for (int i = block.size() - 1; i > 0; i--) { // Fisher–Yates
                int j = rng.nextInt(i + 1);
                block.set(j, block.set(i, block.get(j)));
            }
            dims.addAll(block);
        }
        return dims;
    }

    /** SplitMix64 finaliser of seed and index, so neighbouring seeds and sessions get unrelated streams. */
    static long mix(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L; // second round: seed and index are often tiny
        return z ^ (z >>> 31);
    }
}
