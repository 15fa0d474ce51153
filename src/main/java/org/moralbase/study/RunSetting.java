package org.moralbase.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A kind-specific setting of a model run, shown as a field of the start-run dialog and stored with the run.
 *
 * @param key the key in the run's settings
 * @param label the field's label, also the start of every message about it
 * @param type what kind of value
 * @param defaultValue the value when none is given
 * @param choices for {@link Type#CHOICE}: value → label, in the order offered
 * @param min for {@link Type#NUMBER}: the smallest value
 * @param max for {@link Type#NUMBER}: the largest value
 */
public record RunSetting(
        String key, String label, Type type, String defaultValue, Map<String, String> choices, int min, int max) {

    /** What kind of value a setting takes. */
    public enum Type {
        NUMBER,
        CHOICE,
        SWITCH
    }

    /** Freezes the choices. */
    public RunSetting {
        choices = choices == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(choices));
    }

    /** A whole number from {@code min} to {@code max}. */
    public static RunSetting number(String key, String label, int defaultValue, int min, int max) {
        return new RunSetting(key, label, Type.NUMBER, Integer.toString(defaultValue), null, min, max);
    }

    /** One of several values, given as value, label, value, label, … in the order offered. */
    public static RunSetting choice(String key, String label, String defaultValue, String... valuesAndLabels) {
        if (valuesAndLabels.length % 2 != 0) {
            throw new IllegalArgumentException("choices come as value, label pairs");
        }
        Map<String, String> choices = new LinkedHashMap<>();
        for (int i = 0; i < valuesAndLabels.length; i += 2) {
            choices.put(valuesAndLabels[i], valuesAndLabels[i + 1]);
        }
        return new RunSetting(key, label, Type.CHOICE, defaultValue, choices, 0, 0);
    }

    /** On or off. */
    public static RunSetting onOff(String key, String label, boolean defaultValue) {
        return new RunSetting(key, label, Type.SWITCH, Boolean.toString(defaultValue), null, 0, 0);
    }

    /** This setting's value in {@code values} (the default when absent), checked. */
    public String value(Map<String, String> values) {
        String raw = values == null ? null : values.get(key);
        String v = raw == null || raw.isBlank() ? defaultValue : raw.strip();
        switch (type) {
            case NUMBER -> {
                long n;
                try {
                    n = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(label + ": a whole number, found '" + v + "'");
                }
                if (n < min || n > max) {
                    throw new IllegalArgumentException(label + ": " + min + " to " + max);
                }
                return Long.toString(n);
            }
            case CHOICE -> {
                if (!choices.containsKey(v)) {
                    throw new IllegalArgumentException(label + ": one of " + String.join(", ", choices.keySet()));
                }
                return v;
            }
            default -> {
                if (!"true".equalsIgnoreCase(v) && !"false".equalsIgnoreCase(v)) {
                    throw new IllegalArgumentException(label + ": true or false, found '" + v + "'");
                }
                return Boolean.toString(Boolean.parseBoolean(v));
            }
        }
    }

    /**
     * Every setting's checked value, defaults filled in; a key that is no setting is refused.
     *
     * @throws IllegalArgumentException naming the setting
     */
    public static Map<String, String> check(List<RunSetting> settings, Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RunSetting s : settings) {
            out.put(s.key(), s.value(values));
        }
        if (values != null) {
            for (String key : values.keySet()) {
                if (!out.containsKey(key)) {
                    throw new IllegalArgumentException("Run settings: no setting '" + key + "' for this kind of study");
                }
            }
        }
        return out;
    }

    /** The value as people read it: a choice's label, "yes"/"no", or the number. */
    public String describe(String value) {
        return switch (type) {
            case CHOICE -> choices.getOrDefault(value, value);
            case SWITCH -> Boolean.parseBoolean(value) ? "yes" : "no";
            case NUMBER -> value;
        };
    }
}
