package org.moralbase.questionnaire;

import java.util.ArrayList;
import java.util.List;
import org.moralbase.base.Svg;

/**
 * The profile chart: one row per subscale, the people's mean score (a bar of ± 1 SD over people) and each model's
 * mean as coloured dots on the scale's range, so the profiles of people and models can be compared row by row. Values
 * on hover ({@code <title>}).
 */
public final class ProfileChart {

    private static final int LABEL = 180;
    private static final int PLOT = 460;
    private static final int RIGHT = 24;
    private static final int ROW = 30;
    private static final int LEGEND_ROW = 18;
    private static final int AXIS = 34;

    private ProfileChart() {}

    /** The chart of a report on a scale of {@code points} points; empty markup when nothing is scored yet. */
    public static String svg(QuestionnaireReport report, int points) {
        List<String> series = new ArrayList<>();
        series.add("People");
        series.addAll(report.models());
        if (report.subscales().isEmpty() || points < 2) {
            return "";
        }
        int top = 10 + LEGEND_ROW * series.size() + AXIS;
        int width = LABEL + PLOT + RIGHT;
        int height = top + ROW * report.subscales().size() + AXIS;
        StringBuilder s = new StringBuilder(2048 + report.subscales().size() * series.size() * 200);
        Svg.open(s, width, height, 12, "Subscale profile: mean scores of people and models");
        for (int k = 0; k < series.size(); k++) {
            double y = 10 + LEGEND_ROW * k;
            s.append("<circle cx=\"").append(LABEL + 6).append("\" cy=\"").append(Svg.num(y + 5));
            s.append("\" r=\"5\" fill=\"").append(Svg.series(k)).append("\"/>");
            Svg.text(s, LABEL + 18, y + 9, "start", "#222", series.get(k));
        }
        int bottom = height - AXIS;
        for (int p = 1; p <= points; p++) {
            double x = x(p, points);
            Svg.line(s, x, top - 4, x, bottom, "#e6e6e6", 1);
            Svg.text(s, x, top - 8, "middle", "#555", Integer.toString(p));
            Svg.text(s, x, bottom + 14, "middle", "#555", Integer.toString(p));
        }
        Svg.text(
                s,
                LABEL + PLOT / 2.0,
                bottom + 30,
                "middle",
                "#222",
                "Mean score (reverse-keyed items reversed); people's bar ± 1 SD over people");
        double y = top;
        for (SubscaleScores row : report.subscales()) {
            Svg.text(s, 8, y + ROW / 2.0 + 4, "start", "#222", row.subscale() + " (" + row.items() + ")");
            List<ScoreSummary> values = new ArrayList<>();
            values.add(row.people());
            report.models().forEach(m -> values.add(row.models().get(m)));
            for (int k = 0; k < values.size(); k++) {
                ScoreSummary v = values.get(k);
                if (v == null || Double.isNaN(v.mean())) {
                    continue;
                }
                double cy = y + ROW / 2.0 + (k - (values.size() - 1) / 2.0) * Math.min(6, 20.0 / values.size());
                if (k == 0 && !Double.isNaN(v.sd())) {
                    Svg.line(s, x(v.mean() - v.sd(), points), cy, x(v.mean() + v.sd(), points), cy, Svg.series(0), 1.5);
                }
                s.append("<circle cx=\"")
                        .append(Svg.num(x(v.mean(), points)))
                        .append("\" cy=\"")
                        .append(Svg.num(cy));
                s.append("\" r=\"4.5\" fill=\"").append(Svg.series(k)).append("\"><title>");
                Svg.escapeTo(
                        s, series.get(k) + " · " + row.subscale() + ": " + Svg.fmt(v.mean(), 2) + " (n=" + v.n() + ")");
                s.append("</title></circle>");
            }
            y += ROW;
        }
        return s.append("</svg>").toString();
    }

    private static double x(double value, int points) {
        double clamped = Math.max(1, Math.min(points, value));
        return LABEL + (clamped - 1) / (points - 1) * PLOT;
    }
}
