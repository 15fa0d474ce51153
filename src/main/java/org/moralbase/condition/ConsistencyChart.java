package org.moralbase.condition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.base.Svg;
import org.moralbase.stats.proportion.Proportion;

/**
 * Policy consistency by condition, for every kind with policy marks: one row per condition (or condition and
 * attribute), people (black, with the Wilson 95% interval) and each model
 * (coloured) placed on 0–100% of answers choosing the option the policy implies; hover values in {@code <title>}s.
 * Conditions without marks say so in their row.
 */
public final class ConsistencyChart {

    private static final int PLOT = 440;
    private static final int MIN_LEFT = 170;
    private static final int MAX_LEFT = 330;
    private static final int ROW = 44;
    private static final int LEGEND_ROW = 18;

    private ConsistencyChart() {}

    /** The chart's SVG markup. */
    public static String svg(List<Consistency> rows, List<String> models) {
        Map<String, String> colours = new LinkedHashMap<>();
        colours.put("People", "#222");
        models.forEach(m -> colours.put(m, Svg.series(colours.size() - 1)));
        int top = 10 + LEGEND_ROW * colours.size() + 10;
        // a row's label is one or two lines (split at " · "), right-aligned before the plot; the plot moves right for
        // long lines (about 7 px a character at 13 px), up to a limit past which a line is cut with "…"
        int longest = rows.stream()
                .flatMap(r -> java.util.Arrays.stream(r.label().split(" · ", 2)))
                .mapToInt(String::length)
                .max()
                .orElse(0);
        final int left = Math.max(MIN_LEFT, Math.min(MAX_LEFT, longest * 7 + 20));
        int width = left + PLOT + 30;
        int height = top + ROW * rows.size() + 44;
        StringBuilder s = new StringBuilder(2048 + rows.size() * 400);
        Svg.open(s, width, height, 13, "Share of answers following what each condition's policy implies");
        int i = 0;
        for (Map.Entry<String, String> c : colours.entrySet()) {
            double y = 10 + LEGEND_ROW * i++;
            s.append("<circle cx=\"").append(left + 6).append("\" cy=\"").append(Svg.num(y + 5));
            s.append("\" r=\"5\" fill=\"").append(c.getValue()).append("\"/>");
            Svg.text(s, left + 18, y + 10, "start", "#222", c.getKey());
        }
        int bottom = top + ROW * rows.size();
        for (int k = 0; k <= 4; k++) {
            double px = left + k / 4.0 * PLOT;
            Svg.line(s, px, top, px, bottom, k == 2 ? "#bbb" : "#e6e6e6", 1);
            Svg.text(s, px, bottom + 16, "middle", "#555", (k * 25) + "%");
        }
        Svg.text(s, left + PLOT / 2.0, bottom + 36, "middle", "#222", "Answers following the policy");
        for (int r = 0; r < rows.size(); r++) {
            Consistency c = rows.get(r);
            double y = top + ROW * r + ROW / 2.0;
            String[] lines = c.label().split(" · ", 2);
            int room = (left - 20) / 7;
            if (lines.length == 1) {
                Svg.text(s, left - 10, y + 4, "end", "#222", cut(lines[0], room));
            } else {
                Svg.text(s, left - 10, y - 4, "end", "#222", cut(lines[0], room));
                Svg.text(s, left - 10, y + 12, "end", "#555", cut(lines[1], room));
            }
            if (c.marked() == 0) {
                Svg.text(s, left + 8, y + 4, "start", "#888", "nothing marked for this condition");
                continue;
            }
            if (c.people() != null) {
                Proportion p = c.people();
                Svg.line(s, x(left, p.ciLow()), y - 6, x(left, p.ciHigh()), y - 6, "#222", 2);
                dot(s, x(left, p.estimate()), y - 6, "#222", "People under " + c.code() + ": " + describe(p));
            }
            int m = 0;
            for (Map.Entry<String, Proportion> e : c.models().entrySet()) {
                double dy = y + 6 + (m++ % 2) * 4;
                dot(
                        s,
                        x(left, e.getValue().estimate()),
                        dy,
                        colours.get(e.getKey()),
                        e.getKey() + " under " + c.code() + ": " + describe(e.getValue()));
            }
        }
        return s.append("</svg>").toString();
    }

    private static double x(int left, double share) {
        return left + share * PLOT;
    }

    private static String cut(String line, int room) {
        return line.length() <= room ? line : line.substring(0, Math.max(1, room - 1)) + "…";
    }

    private static void dot(StringBuilder s, double x, double y, String colour, String title) {
        s.append("<circle cx=\"").append(Svg.num(x)).append("\" cy=\"").append(Svg.num(y));
        s.append("\" r=\"5.5\" fill=\"").append(colour).append("\" fill-opacity=\"0.85\"><title>");
        Svg.escapeTo(s, title);
        s.append("</title></circle>");
    }

    private static String describe(Proportion p) {
        return Svg.fmt(p.estimate() * 100, 1) + "% (" + p.successes() + " of " + p.trials() + ", 95% CI "
                + Svg.fmt(p.ciLow() * 100, 1) + "–" + Svg.fmt(p.ciHigh() * 100, 1) + "%)";
    }
}
