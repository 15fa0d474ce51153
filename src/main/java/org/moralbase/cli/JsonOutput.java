package org.moralbase.cli;

import java.io.PrintWriter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Prints one JSON object per command: records become objects with their component names (camelCase), and
 * a NaN or infinite number becomes {@code null} (JSON has no NaN).
 */
public final class JsonOutput {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new SimpleModule("nan-as-null")
                    .addSerializer(Double.class, new FiniteDouble())
                    .addSerializer(double.class, new FiniteDouble()))
            .build();

    private JsonOutput() {}

    /** Writes the value as one line of JSON and flushes. */
    public static void print(PrintWriter out, Object value) {
        out.println(MAPPER.writeValueAsString(value));
        out.flush();
    }

    /** The mapper, for tests that read the output back. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    private static final class FiniteDouble extends ValueSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializationContext ctxt) {
            if (value == null || !Double.isFinite(value)) {
                gen.writeNull();
            } else {
                gen.writeNumber(value);
            }
        }
    }
}
