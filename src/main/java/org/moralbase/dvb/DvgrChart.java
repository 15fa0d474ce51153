package org.moralbase.dvb;

import java.util.ArrayList;
import java.util.List;
import org.moralbase.base.Svg;
import org.moralbase.stats.proportion.Proportion;

/**
 * The DVGR of people beside each model and the published reference: one row each, a dot at the rate and a bar
 * over its Wilson 95% interval, the chance line at 0.5, hover values in {@code <title>} elements.
 */
public final class DvgrChart {

    private static final int WIDTH = 720;
    private static final int LABEL = 230;
    private static final int RIGHT = 30;
    private static final int TOP = 30;
    private static final int ROW = 28;
    private static final String PEOPLE = "#d9480f";
    private static final String PUBLISHED = "#666666";

    private DvgrChart() {}

    /** One row of the chart. */
    record Line(String label, Proportion rate, String colour) {}

    /** The chart of a report: people, each model in the report's order, then the published models. */
    public static String svg(DvgrReport report) {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("People (this study)", report.overall().humans(), PEOPLE));
        for (int i = 0; i < report.byModel().size(); i++) {
            DvgrRow m = report.byModel().get(i);
            lines.add(new Line(m.group(), m.models(), Svg.series(i)));
        }
        lines.add(new Line("Published: 9 models (2025)", report.published(), PUBLISHED));
        return svg(lines);
    }

    static String svg(List<Line> lines) {
        int height = TOP + ROW * lines.size() + 40;
        double left = LABEL;
        double right = WIDTH - RIGHT;
        StringBuilder s = new StringBuilder(2048 + 400 * lines.size());
        Svg.open(s, WIDTH, height, 13, "DVGR with Wilson 95% intervals: people, models and the published reference");
        double bottom = TOP + ROW * lines.size();
        for (int k = 0; k <= 4; k++) {
            double v = k / 4.0;
            double x = left + v * (right - left);
            Svg.line(s, x, TOP - 8, x, bottom, k == 2 ? "#999" : "#e6e6e6", 1);
            Svg.text(s, x, bottom + 16, "middle", "#555", Svg.fmt(v, 2));
        }
        Svg.text(s, left + (right - left) / 2, bottom + 34, "middle", "#222", "DVGR (0.5 = chance)");
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            double y = TOP + ROW * i + ROW / 2.0;
            Svg.text(s, left - 10, y + 4, "end", "#222", line.label());
            if (line.rate() == null) {
                Svg.text(s, left + 6, y + 4, "start", "#888", "no answers yet");
                continue;
            }
            Proportion p = line.rate();
            double x = left + p.estimate() * (right - left);
            s.append("<g><title>");
            Svg.escapeTo(
                    s,
                    line.label() + ": " + Svg.fmt(p.estimate(), 3) + " [" + Svg.fmt(p.ciLow(), 3) + ", "
                            + Svg.fmt(p.ciHigh(), 3) + "], " + p.successes() + "/" + p.trials());
            s.append("</title>");
            Svg.line(s, left + p.ciLow() * (right - left), y, left + p.ciHigh() * (right - left), y, line.colour(), 3);
            s.append("<circle cx=\"").append(Svg.num(x)).append("\" cy=\"").append(Svg.num(y));
            s.append("\" r=\"5.5\" fill=\"").append(line.colour()).append("\"/></g>");
        }
        return s.append("</svg>").toString();
    }
}
