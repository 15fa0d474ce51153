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

    /** One series of the chart: a label, its score per subscale, and whether its ± 1 SD bar is drawn (people's). */
    private record Series(String label, java.util.function.Function<SubscaleScores, ScoreSummary> score, boolean bar) {}

    /** The chart of a report on a scale of {@code points} points; empty markup when nothing is scored yet. */
    public static String svg(QuestionnaireReport report, int points) {
        List<Series> series = new ArrayList<>();
        series.add(new Series("People", SubscaleScores::people, true));
        report.models()
                .forEach(m -> series.add(new Series(m, row -> row.models().get(m), false)));
        return draw(report.subscales(), series, points, "Subscale profile: mean scores of people and models");
    }

    /**
     * The profiles of every condition (persona, policy) in one chart: per condition the people assigned it and each
     * model under it, labelled "… · code", for comparing personas row by row; empty markup when nothing is scored.
     *
     * @param byCondition each condition's report, by code, in the study's order
     */
    public static String conditions(java.util.Map<String, QuestionnaireReport> byCondition, int points) {
        List<Series> series = new ArrayList<>();
        List<SubscaleScores> rows = new ArrayList<>();
        byCondition.forEach((code, report) -> {
            if (report.people() > 0) {
                series.add(new Series("People · " + code, scoreOf(code, byCondition, SubscaleScores::people), true));
            }
            report.models()
                    .forEach(m -> series.add(new Series(
                            m + " · " + code,
                            scoreOf(code, byCondition, row -> row.models().get(m)),
                            false)));
            report.subscales().stream()
                    .filter(r -> rows.stream().noneMatch(k -> k.subscale().equals(r.subscale())))
                    .forEach(rows::add);
        });
        return draw(rows, series, points, "Subscale profiles by condition: people and models under each");
    }

    // a condition's score on the subscale of the row drawn (rows come from any condition's report)
    private static java.util.function.Function<SubscaleScores, ScoreSummary> scoreOf(
            String code,
            java.util.Map<String, QuestionnaireReport> byCondition,
            java.util.function.Function<SubscaleScores, ScoreSummary> pick) {
        return row -> byCondition.get(code).subscales().stream()
                .filter(r -> r.subscale().equals(row.subscale()))
                .findFirst()
                .map(pick)
                .orElse(null);
    }

    private static String draw(List<SubscaleScores> rows, List<Series> series, int points, String title) {
        if (rows.isEmpty() || series.isEmpty() || points < 2) {
            return "";
        }
        int top = 10 + LEGEND_ROW * series.size() + AXIS;
        int width = LABEL + PLOT + RIGHT;
        int row = Math.max(ROW, 7 * series.size() + 10); // many series (personas × models): taller rows, dots apart
        double gap = Math.min(6, (row - 10.0) / series.size());
        int height = top + row * rows.size() + AXIS;
        StringBuilder s = new StringBuilder(2048 + rows.size() * series.size() * 200);
        Svg.open(s, width, height, 12, title);
        for (int k = 0; k < series.size(); k++) {
            double y = 10 + LEGEND_ROW * k;
            s.append("<circle cx=\"").append(LABEL + 6).append("\" cy=\"").append(Svg.num(y + 5));
            s.append("\" r=\"5\" fill=\"").append(Svg.series(k)).append("\"/>");
            Svg.text(s, LABEL + 18, y + 9, "start", "#222", series.get(k).label());
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
        for (SubscaleScores subscale : rows) {
            Svg.text(s, 8, y + row / 2.0 + 4, "start", "#222", subscale.subscale() + " (" + subscale.items() + ")");
            for (int k = 0; k < series.size(); k++) {
                ScoreSummary v = series.get(k).score().apply(subscale);
                if (v == null || Double.isNaN(v.mean())) {
                    continue;
                }
                double cy = y + row / 2.0 + (k - (series.size() - 1) / 2.0) * gap;
                if (series.get(k).bar() && !Double.isNaN(v.sd())) {
                    Svg.line(s, x(v.mean() - v.sd(), points), cy, x(v.mean() + v.sd(), points), cy, Svg.series(k), 1.5);
                }
                s.append("<circle cx=\"")
                        .append(Svg.num(x(v.mean(), points)))
                        .append("\" cy=\"")
                        .append(Svg.num(cy));
                s.append("\" r=\"4.5\" fill=\"").append(Svg.series(k)).append("\"><title>");
                Svg.escapeTo(
                        s,
                        series.get(k).label() + " · " + subscale.subscale() + ": " + Svg.fmt(v.mean(), 2) + " (n="
                                + v.n() + ")");
                s.append("</title></circle>");
            }
            y += row;
        }
        return s.append("</svg>").toString();
    }

    private static double x(double value, int points) {
        double clamped = Math.max(1, Math.min(points, value));
        return LABEL + (clamped - 1) / (points - 1) * PLOT;
    }
}
