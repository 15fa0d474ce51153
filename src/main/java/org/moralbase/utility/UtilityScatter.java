package org.moralbase.utility;

import java.util.List;
import org.moralbase.base.Svg;

/**
 * People's utility μ (x) against each model's (y), one dot per outcome and model, the diagonal where a model matches
 * people; values on hover.
 */
public final class UtilityScatter {

    private static final int PLOT = 380;
    private static final int LEFT = 56;
    private static final int LEGEND_ROW = 18;
    private static final int BOTTOM = 48;
    private static final int RIGHT = 24;

    private UtilityScatter() {}

    /** The chart's markup; empty when there are no models or no people. */
    public static String svg(UtilityFit people, List<UtilityFit> models) {
        if (people == null || models.isEmpty()) {
            return "";
        }
        double lim = 0;
        for (UtilityFit f : models) {
            for (OutcomeUtility u : f.utilities()) {
                lim = Math.max(lim, Math.abs(u.mean()));
            }
        }
        for (OutcomeUtility u : people.utilities()) {
            lim = Math.max(lim, Math.abs(u.mean()));
        }
        lim = Math.max(1, Math.ceil(lim));
        int top = 14 + LEGEND_ROW * models.size() + 12;
        int width = LEFT + PLOT + RIGHT;
        int height = top + PLOT + BOTTOM;
        StringBuilder s = new StringBuilder(4096);
        Svg.open(s, width, height, 13, "Utility μ per outcome: people (x) against each model (y)");
        for (int k = 0; k < models.size(); k++) {
            double y = 14 + LEGEND_ROW * k;
            s.append("<circle cx=\"").append(LEFT + 6).append("\" cy=\"").append(Svg.num(y + 5));
            s.append("\" r=\"5\" fill=\"").append(Svg.series(k + 1)).append("\"/>");
            Svg.text(s, LEFT + 18, y + 10, "start", "#222", models.get(k).label());
        }
        for (double v = -lim; v <= lim + 1e-9; v += lim > 2 ? 1 : 0.5) {
            double px = LEFT + (v + lim) / (2 * lim) * PLOT;
            double py = top + PLOT - (v + lim) / (2 * lim) * PLOT;
            Svg.line(s, px, top, px, top + PLOT, "#e6e6e6", 1);
            Svg.line(s, LEFT, py, LEFT + PLOT, py, "#e6e6e6", 1);
            Svg.text(s, px, top + PLOT + 16, "middle", "#555", Svg.fmt(v, 1));
            Svg.text(s, LEFT - 6, py + 4, "end", "#555", Svg.fmt(v, 1));
        }
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(top + PLOT);
        s.append("\" x2=\"").append(LEFT + PLOT).append("\" y2=\"").append(top);
        s.append("\" stroke=\"#999\" stroke-dasharray=\"5 4\"/>");
        Svg.text(s, LEFT + PLOT / 2.0, top + PLOT + 38, "middle", "#222", "People's utility μ");
        s.append("<text transform=\"translate(14 ")
                .append(top + PLOT / 2)
                .append(") rotate(-90)\" text-anchor=\"middle\" fill=\"#222\">Model's utility μ</text>");
        for (int k = 0; k < models.size(); k++) {
            List<OutcomeUtility> m = models.get(k).utilities();
            for (int i = 0; i < m.size(); i++) {
                OutcomeUtility h = people.utilities().get(i);
                double px = LEFT + (h.mean() + lim) / (2 * lim) * PLOT;
                double py = top + PLOT - (m.get(i).mean() + lim) / (2 * lim) * PLOT;
                s.append("<circle cx=\"").append(Svg.num(px)).append("\" cy=\"").append(Svg.num(py));
                s.append("\" r=\"4\" fill=\"").append(Svg.series(k + 1)).append("\" fill-opacity=\"0.75\"><title>");
                Svg.escapeTo(
                        s,
                        h.key() + " · " + models.get(k).label() + ": people " + Svg.fmt(h.mean(), 2) + ", model "
                                + Svg.fmt(m.get(i).mean(), 2) + " — " + h.description());
                s.append("</title></circle>");
            }
        }
        return s.append("</svg>").toString();
    }
}
