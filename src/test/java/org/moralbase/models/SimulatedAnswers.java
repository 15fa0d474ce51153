package org.moralbase.models;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.moralbase.moralmachine.GeneratorMode;
import org.moralbase.moralmachine.simulation.SimulatedRespondents;

/** Test helper: a model's answers as a {@code SharedResponses.csv} to import, from simulated preferences. */
public final class SimulatedAnswers {

    private SimulatedAnswers() {}

    /** {@code scenarios} answered scenarios leaning by {@code amces} (null: Awad 2018), the same for the same seed. */
    public static InputStream sharedResponses(int scenarios, long seed, double[] amces) throws IOException {
        StringWriter out = new StringWriter();
        SimulatedRespondents.generate(scenarios, seed, GeneratorMode.AWAD, amces, out);
        return new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
