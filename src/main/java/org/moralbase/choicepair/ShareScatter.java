package org.moralbase.choicepair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.base.Svg;

/**
 * Per-item human share of option A (x) against each model's share (y): one dot per item and model, coloured by
 * model, the diagonal where a model matches people, hover values (shares, n, KL divergence) in {@code <title>}
 * elements. Items that people
 * or the model never decided have no dot.
 */
public final class ShareScatter {

    private static final int PLOT = 420;
    private static final int LEFT = 56;
    private static final int TOP_GAP = 14;
    private static final int LEGEND_ROW = 18;
    private static final int BOTTOM = 48;
    private static final int RIGHT = 24;

    private ShareScatter() {}

    /** The chart's SVG markup. */
    public static String svg(List<ItemModelShare> rows) {
        Map<String, String> colours = new LinkedHashMap<>();
        for (ItemModelShare r : rows) {
            colours.computeIfAbsent(r.model(), m -> Svg.series(colours.size()));
        }
        int top = TOP_GAP + LEGEND_ROW * colours.size() + 12;
        int width = LEFT + PLOT + RIGHT;
        int height = top + PLOT + BOTTOM;
        StringBuilder s = new StringBuilder(4096 + rows.size() * 160);
        Svg.open(s, width, height, 13, "Share choosing option A per item: people (x) against each model (y)");
        int i = 0;
        for (Map.Entry<String, String> c : colours.entrySet()) {
            double y = TOP_GAP + LEGEND_ROW * i++;
            s.append("<circle cx=\"").append(LEFT + 6).append("\" cy=\"").append(Svg.num(y + 5));
            s.append("\" r=\"5\" fill=\"").append(c.getValue()).append("\"/>");
            Svg.text(s, LEFT + 18, y + 10, "start", "#222", c.getKey());
        }
        for (int k = 0; k <= 4; k++) {
            double v = k / 4.0;
            double px = LEFT + v * PLOT;
            double py = top + PLOT - v * PLOT;
            Svg.line(s, px, top, px, top + PLOT, "#e6e6e6", 1);
            Svg.line(s, LEFT, py, LEFT + PLOT, py, "#e6e6e6", 1);
            Svg.text(s, px, top + PLOT + 16, "middle", "#555", Svg.fmt(v, 2));
            Svg.text(s, LEFT - 6, py + 4, "end", "#555", Svg.fmt(v, 2));
        }
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(top + PLOT);
        s.append("\" x2=\"").append(LEFT + PLOT).append("\" y2=\"").append(top);
        s.append("\" stroke=\"#999\" stroke-dasharray=\"5 4\"/>");
        Svg.text(s, LEFT + PLOT / 2.0, top + PLOT + 38, "middle", "#222", "People choosing A");
        s.append("<text transform=\"translate(14 ")
                .append(top + PLOT / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\" fill=\"#222\">Model choosing A</text>");
        for (ItemModelShare r : dots(rows)) {
            double px = LEFT + r.humanShareA() * PLOT;
            double py = top + PLOT - r.modelShareA() * PLOT;
            s.append("<circle cx=\"").append(Svg.num(px)).append("\" cy=\"").append(Svg.num(py));
            s.append("\" r=\"4.5\" fill=\"").append(colours.get(r.model())).append("\" fill-opacity=\"0.75\"><title>");
            Svg.escapeTo(
                    s,
                    r.itemKey() + " · " + r.model() + ": people " + Svg.fmt(r.humanShareA(), 3) + " (n="
                            + r.humanDecided() + "), model " + Svg.fmt(r.modelShareA(), 3) + " (n=" + r.parseable()
                            + ")" + (r.divergence() == null ? "" : ", KL " + Svg.fmt(r.divergence(), 3)));
            s.append("</title></circle>");
        }
        return s.append("</svg>").toString();
    }

    /** The rows that have a dot: both sides decided at least once. */
    static List<ItemModelShare> dots(List<ItemModelShare> rows) {
        List<ItemModelShare> out = new ArrayList<>();
        for (ItemModelShare r : rows) {
            if (r.humanShareA() != null && r.modelShareA() != null) {
                out.add(r);
            }
        }
        return out;
    }
}
