package org.moralbase.cli;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

/**
 * Prints one JSON object per command: records become objects with their component names (camelCase) in
 * declaration order, lists become arrays, maps objects, enums their names, and a NaN or infinite number becomes
 * {@code null} (JSON has no NaN).
 *
 * <p>Written by hand rather than with Jackson's databind: starting databind's mapper took about 0.2 s of every
 * {@code --json} run, more than the rest of a small file's analysis (decision 0047). {@code JsonOutputTest}
 * holds the output to what Jackson wrote for every report type.
 */
public final class JsonOutput {

    private JsonOutput() {}

    /** Writes the value as one line of JSON and flushes. */
    public static void print(PrintWriter out, Object value) {
        out.println(toJson(value));
        out.flush();
    }

    /** The value as JSON text on one line. */
    public static String toJson(Object value) {
        StringBuilder sb = new StringBuilder(256);
        write(sb, value);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value) {
        switch (value) {
            case null -> sb.append("null");
            case String s -> string(sb, s);
            case Double d -> sb.append(Double.isFinite(d) ? d.toString() : "null");
            case Number n -> sb.append(n); // the reports' ints and longs
            case Boolean b -> sb.append(b.booleanValue());
            case Enum<?> e -> string(sb, e.name());
            case Record r -> record(sb, r);
            case Map<?, ?> m -> map(sb, m);
            case Collection<?> c -> array(sb, c);
            default ->
                throw new IllegalArgumentException(
                        "no JSON form for a " + value.getClass().getName());
        }
    }

    private static void record(StringBuilder sb, Record r) {
        sb.append('{');
        RecordComponent[] components = r.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            string(sb, components[i].getName());
            sb.append(':');
            write(sb, valueOf(components[i].getAccessor(), r));
        }
        sb.append('}');
    }

    private static Object valueOf(Method accessor, Record r) {
        try {
            accessor.setAccessible(true); // a command's own records may be package-private
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + r.getClass(), e);
        }
    }

    private static void map(StringBuilder sb, Map<?, ?> m) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            string(sb, String.valueOf(e.getKey()));
            sb.append(':');
            write(sb, e.getValue());
        }
        sb.append('}');
    }

    private static void array(StringBuilder sb, Collection<?> c) {
        sb.append('[');
        boolean first = true;
        for (Object o : c) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            write(sb, o);
        }
        sb.append(']');
    }

    /** A JSON string: quote, backslash and control characters escaped, everything else as it is (as Jackson). */
    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
