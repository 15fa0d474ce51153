package org.moralbase.questionnaire;

import java.util.ArrayList;
import java.util.List;
import org.moralbase.base.Svg;

/**
 * A small chart of one item's distributions: for each point of its scale, one bar per series (people, then each
 * model) as the share of that series' answers; the counts on hover.
 */
public final class ItemChart {

    private static final int BAR = 6;
    private static final int GAP = 8;
    private static final int HEIGHT = 60;
    private static final int AXIS = 14;

    private ItemChart() {}

    /** The chart (a series without answers draws no bars). */
    public static String svg(ItemScores item) {
        List<String> names = new ArrayList<>();
        List<int[]> series = new ArrayList<>();
        names.add("People");
        series.add(item.people());
        item.models().forEach((model, m) -> {
            names.add(model);
            series.add(m.counts());
        });
        int points = item.labels().size();
        int group = BAR * series.size();
        int width = points * (group + GAP) + GAP;
        StringBuilder s = new StringBuilder(1024);
        Svg.open(s, width, HEIGHT + AXIS, 10, "Answers to " + item.key() + " by point");
        Svg.line(s, 0, HEIGHT, width, HEIGHT, "#999", 1);
        for (int k = 0; k < series.size(); k++) {
            int[] c = series.get(k);
            int total = 0;
            for (int v : c) {
                total += v;
            }
            for (int p = 0; p < points && total > 0; p++) {
                double h = (HEIGHT - 4) * (double) c[p] / total;
                double x = GAP + p * (group + GAP) + k * BAR;
                s.append("<rect x=\"").append(Svg.num(x)).append("\" y=\"").append(Svg.num(HEIGHT - h));
                s.append("\" width=\"").append(BAR - 1).append("\" height=\"").append(Svg.num(h));
                s.append("\" fill=\"").append(Svg.series(k)).append("\"><title>");
                Svg.escapeTo(
                        s, names.get(k) + " · " + (p + 1) + " " + item.labels().get(p) + ": " + c[p] + " of " + total);
                s.append("</title></rect>");
            }
        }
        for (int p = 0; p < points; p++) {
            Svg.text(s, GAP + p * (group + GAP) + group / 2.0, HEIGHT + 11, "middle", "#555", Integer.toString(p + 1));
        }
        return s.append("</svg>").toString();
    }
}
