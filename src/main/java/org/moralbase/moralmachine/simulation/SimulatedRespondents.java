package org.moralbase.moralmachine.simulation;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.moralmachine.Scenario;
import org.moralbase.moralmachine.ScenarioGenerator;
import org.moralbase.moralmachine.Side;
import org.moralbase.moralmachine.format.ResponseContext;
import org.moralbase.moralmachine.format.SharedResponsesWriter;

/**
 * Writes a synthetic {@code SharedResponses.csv}: scenarios from {@link ScenarioGenerator} (session {@code i}
 * is respondent {@code sim-i}), each answered by a {@link PreferenceModel}. Choices use their own {@link
 * SplittableRandom} stream derived from the seed, so the same arguments always give the same file.
 * Respondent columns: {@code ResponseID = sim-<session>-<order>}, {@code ExtendedSessionID = sim-<session>},
 * {@code UserID = sim-<session>}, {@code Template = Desktop}, {@code DescriptionShown = 0}, {@code
 * UserCountry3 = NA}.
 */
public final class SimulatedRespondents {
    private static final long CHOICE_STREAM = 0x6A09E667F3BCC909L;

    private SimulatedRespondents() {}

    /**
     * Generates {@code scenarios} answered scenarios into {@code out} (header included; {@code out} is flushed,
     * not closed).
     *
     * @param preferences the nine AMCEs in methods §1.1 order, or {@code null} for Awad 2018
     */
    public static SimulationSummary generate(
            int scenarios, long seed, GeneratorMode mode, double[] preferences, Writer out) throws IOException {
        SharedResponsesWriter writer = new SharedResponsesWriter(out);
        SimulationSummary summary = run(scenarios, seed, mode, preferences, writer);
        writer.flush();
        return summary;
    }

    /** As {@link #generate(int, long, GeneratorMode, double[], Writer)}, into a new file (gzip if {@code .gz}). */
    public static SimulationSummary generate(
            int scenarios, long seed, GeneratorMode mode, double[] preferences, Path out) throws IOException {
        try (SharedResponsesWriter writer = SharedResponsesWriter.create(out)) {
            return run(scenarios, seed, mode, preferences, writer);
        }
    }

    private static SimulationSummary run(
            int scenarios, long seed, GeneratorMode mode, double[] preferences, SharedResponsesWriter writer)
            throws IOException {
        if (scenarios < 0) {
            throw new IllegalArgumentException("scenarios must be non-negative, got " + scenarios);
        }
        PreferenceModel model = preferences == null ? PreferenceModel.awad2018() : PreferenceModel.of(preferences);
        ScenarioGenerator generator = ScenarioGenerator.of(mode, seed);
        SplittableRandom choices = new SplittableRandom(seed ^ CHOICE_STREAM);
        long done = 0;
        long session = 0;
        for (; done < scenarios; session++) {
            List<Scenario> list = generator.session(session);
            String user = "sim-" + session;
            for (int i = 0; i < list.size() && done < scenarios; i++, done++) {
                Scenario s = list.get(i);
                Side saved = choices.nextDouble() < model.probabilitySpareLeft(s) ? Side.LEFT : Side.RIGHT;
                writer.write(
                        s, saved, new ResponseContext(user + "-" + (i + 1), user, user, i + 1, "Desktop", 0, null));
            }
        }
        return new SimulationSummary(done, writer.rows(), session);
    }
}
