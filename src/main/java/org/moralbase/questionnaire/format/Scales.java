package org.moralbase.questionnaire.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scales a study's items may name: the built-in agreement scales ({@code agree5} = {@code 1-5}, {@code agree7}
 * = {@code 1-7}) and the study's own, one per line of its {@code scales} setting as {@code name=label 1|…|label k};
 * an item file may also write the labels in its scale cell ({@code Never|Sometimes|Often}).
 */
public final class Scales {

    /** Five points of agreement (English labels). */
    public static final Scale AGREE5 = new Scale(
            "agree5",
            List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"));

    /** Seven points of agreement (English labels). */
    public static final Scale AGREE7 = new Scale(
            "agree7",
            List.of(
                    "Strongly disagree",
                    "Disagree",
                    "Somewhat disagree",
                    "Neither agree nor disagree",
                    "Somewhat agree",
                    "Agree",
                    "Strongly agree"));

    private final Map<String, Scale> byName;

    private Scales(Map<String, Scale> byName) {
        this.byName = byName;
    }

    /**
     * The built-in scales and those of a {@code scales} setting (blank lines and lines starting with '#' skipped).
     *
     * @throws IllegalArgumentException naming the line that is not {@code name=label|label…}
     */
    public static Scales of(String setting) {
        Map<String, Scale> all = new LinkedHashMap<>();
        all.put("agree5", AGREE5);
        all.put("1-5", AGREE5);
        all.put("agree7", AGREE7);
        all.put("1-7", AGREE7);
        String[] lines = setting == null ? new String[0] : setting.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String name = eq < 0 ? "" : line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (!name.matches("[a-z0-9_-]{1,60}")) {
                throw new IllegalArgumentException("Scales: line " + (i + 1)
                        + ": write name=label 1|label 2|…, the name in letters, digits, '-' or '_'");
            }
            try {
                all.put(name, Scale.of(name, line.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Scales: line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return new Scales(all);
    }

    /**
     * The scale an item file's cell names: a known name (case ignored), or labels written out with '|'.
     *
     * @throws IllegalArgumentException saying why the cell names no scale
     */
    public Scale resolve(String cell) {
        String c = cell.strip();
        if (c.contains("|")) {
            return Scale.of("custom", c);
        }
        Scale s = byName.get(c.toLowerCase(Locale.ROOT));
        if (s == null) {
            throw new IllegalArgumentException("unknown scale '" + c + "': one of " + String.join(", ", byName.keySet())
                    + ", or the labels written out as label 1|label 2|…");
        }
        return s;
    }
}
