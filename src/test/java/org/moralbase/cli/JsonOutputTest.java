package org.moralbase.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The hand-written JSON of the commands' reports against the outside reference it replaced: Jackson 3's databind
 * mapper with NaN and infinities written as null (what the command line used before decision 0047). Every report
 * type a command prints is filled 200 times with random values (NaN, infinities, -0.0, random bit patterns,
 * strings with quotes, backslashes, control, non-ASCII and line-separator characters, empty and null lists, maps),
 * and the two texts must be equal character for character.
 */
class JsonOutputTest {

    /** Every type a command prints with --json (the moral graph prints its own file format). */
    private static final List<String> REPORTS = List.of(
            "org.moralbase.cli.amce.AmceReport",
            "org.moralbase.cli.amce.DistanceReport",
            "org.moralbase.cli.dvgr.DvgrOutput",
            "org.moralbase.cli.agreement.AgreementReport",
            "org.moralbase.cli.reliability.ScaleReliabilityReport",
            "org.moralbase.stats.scaling.ScalingReport",
            "org.moralbase.cli.generate.MmCommand$Summary",
            "org.moralbase.cli.utilities.UtilitiesCommand$Output");

    private static final List<String> STRINGS = List.of(
            "",
            "Intervention",
            "No. Characters",
            "quote \" and backslash \\ and slash /",
            "tab\tnew line\ncarriage return\rbell\u0007nul\u0000unit separator\u001f",
            "backspace\b form feed\f delete\u007f",
            "non-ASCII: Männer, 男性, emoji \uD83D\uDE00",
            "line separators \u2028 and \u2029");

    private static final double[] DOUBLES = {
        Double.NaN,
        Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY,
        0.0,
        -0.0,
        1e-7,
        1e-3,
        1e7,
        1e21,
        0.1,
        Double.MIN_VALUE,
        Double.MAX_VALUE,
        -123.456
    };

    private static final JsonMapper JACKSON = JsonMapper.builder()
            .addModule(new SimpleModule("nan-as-null")
                    .addSerializer(Double.class, new FiniteDouble())
                    .addSerializer(double.class, new FiniteDouble()))
            .build();

    private final Random random = new Random(47);

    @Test
    void everyReportIsWrittenAsJacksonWroteIt() throws Exception {
        for (String name : REPORTS) {
            Class<?> type = Class.forName(name);
            for (int i = 0; i < 200; i++) {
                Object report = fill(type, 0);
                assertThat(JsonOutput.toJson(report))
                        .as("%s #%d", type.getSimpleName(), i)
                        .isEqualTo(JACKSON.writeValueAsString(report));
            }
        }
    }

    @Test
    void randomDoublesAreWrittenAsJacksonWroteThem() {
        for (int i = 0; i < 100_000; i++) {
            double d = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextDouble() * 1000;
            assertThat(JsonOutput.toJson(List.of(d))).isEqualTo(JACKSON.writeValueAsString(List.of(d)));
        }
    }

    @Test
    void aTypeWithoutJsonFormIsRefusedByName() {
        assertThatThrownBy(() -> JsonOutput.toJson(List.of(new Object())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
    }

    private Object fill(Type type, int depth) throws Exception {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (List.class.isAssignableFrom(raw)) {
                List<Object> list = new ArrayList<>();
                for (int n = random.nextInt(4); n > 0; n--) {
                    list.add(args[0] == Double.class && random.nextInt(5) == 0 ? null : fill(args[0], depth + 1));
                }
                return list;
            }
            if (Map.class.isAssignableFrom(raw)) {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int n = random.nextInt(4); n > 0; n--) {
                    map.put(STRINGS.get(random.nextInt(STRINGS.size())) + n, fill(args[1], depth + 1));
                }
                return map;
            }
            throw new IllegalStateException("no filler for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == double.class || c == Double.class) {
            return random.nextBoolean() ? DOUBLES[random.nextInt(DOUBLES.length)] : random.nextGaussian();
        }
        if (c == int.class || c == Integer.class) {
            return random.nextInt();
        }
        if (c == long.class || c == Long.class) {
            return random.nextLong();
        }
        if (c == boolean.class || c == Boolean.class) {
            return random.nextBoolean();
        }
        if (c == String.class) {
            return random.nextInt(10) == 0 ? null : STRINGS.get(random.nextInt(STRINGS.size()));
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        if (c == Object.class) { // a metrics map's values: numbers, text and lists of numbers
            return switch (random.nextInt(4)) {
                case 0 -> fill(double.class, depth);
                case 1 -> fill(int.class, depth);
                case 2 -> fill(String.class, depth);
                default -> List.of(random.nextDouble(), random.nextInt());
            };
        }
        if (c.isRecord()) {
            if (depth > 0 && random.nextInt(10) == 0) {
                return null;
            }
            RecordComponent[] components = c.getRecordComponents();
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
            }
            Constructor<?> constructor = c.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            for (int attempt = 0; ; attempt++) { // a record may refuse some values (a null): draw again
                Object[] values = new Object[components.length];
                for (int i = 0; i < components.length; i++) {
                    values[i] = fill(components[i].getGenericType(), depth + 1);
                }
                try {
                    return constructor.newInstance(values);
                } catch (InvocationTargetException e) {
                    if (attempt == 100) {
                        throw e;
                    }
                }
            }
        }
        throw new IllegalStateException("no filler for " + type);
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
