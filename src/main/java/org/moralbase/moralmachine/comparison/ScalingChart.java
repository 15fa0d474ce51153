package org.moralbase.moralmachine.comparison;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.moralbase.base.Svg;
import org.moralbase.stats.scaling.ModelFamily;
import org.moralbase.stats.scaling.ScalingObservation;
import org.moralbase.stats.scaling.ScalingReport;

/**
 * D against model size on log–log axes (Takemoto 2026 Fig. 1, methods §3) as a self-contained SVG: one mark per
 * model coloured by family, reasoning models as triangles, the fitted power law as a line, hover values in
 * {@code <title>} elements, no script (the page shows the same text it offers as a download).
 */
final class ScalingChart {

    private static final int WIDTH = 760;
    private static final int HEIGHT = 480;
    private static final int LEFT = 70;
    private static final int RIGHT = 150;
    private static final int TOP = 30;
    private static final int BOTTOM = 60;
    private static final String[] COLOURS = {"#1f5fbf", "#7048e8", "#2b8a3e", "#d9480f", "#666666"};
    private static final double[] MANTISSAS = {1, 2, 5};

    private ScalingChart() {}

    /** The chart of the models, with the fitted line when {@code report} is not null. */
    static String svg(List<ScalingObservation> models, ScalingReport report) {
        StringBuilder s = new StringBuilder(256 + models.size() * 220);
        Svg.open(s, WIDTH, HEIGHT, 12, "Distance to humans (D) against model size, log–log");
        if (models.isEmpty()) {
            Svg.text(s, WIDTH / 2.0, HEIGHT / 2.0, "middle", "#888", "No models with a size and a distance");
            return s.append("</svg>").toString();
        }
        double minS = Double.MAX_VALUE, maxS = 0, minD = Double.MAX_VALUE, maxD = 0;
        for (ScalingObservation m : models) {
            minS = Math.min(minS, m.sizeBillions());
            maxS = Math.max(maxS, m.sizeBillions());
            minD = Math.min(minD, m.distance());
            maxD = Math.max(maxD, m.distance());
        }
        Axis x = new Axis(
                Math.floor(Math.log10(minS)),
                Math.max(Math.ceil(Math.log10(maxS)), Math.floor(Math.log10(minS)) + 1),
                LEFT,
                WIDTH - RIGHT);
        double ylo = Math.floor(Math.log10(minD) * 10 - 0.5) / 10;
        double yhi = Math.ceil(Math.log10(maxD) * 10 + 0.5) / 10;
        Axis y = new Axis(ylo, yhi, HEIGHT - BOTTOM, TOP);
        ticks(s, x, y);
        if (report != null) {
            var p = report.powerLaw();
            double x1 = Math.log10(minS), x2 = Math.log10(maxS);
            s.append("<g class=\"fit\"><title>")
                    .append(Svg.escape("power law: log10 D = " + Svg.fmt(p.intercept(), 4) + " " + signed(p.alpha(), 4)
                            + " · log10 S; α = " + Svg.fmt(p.alpha(), 4) + " ± " + Svg.fmt(p.alphaStandardError(), 4)
                            + ", R² = " + Svg.fmt(p.rSquared(), 3)))
                    .append("</title>");
            Svg.line(
                    s,
                    x.of(x1),
                    y.of(p.intercept() + p.alpha() * x1),
                    x.of(x2),
                    y.of(p.intercept() + p.alpha() * x2),
                    "#222",
                    2);
            s.append("</g>");
        }
        List<String> families = families(models);
        for (ScalingObservation m : models) {
            String colour = colour(m.family(), families);
            double px = x.of(Math.log10(m.sizeBillions()));
            double py = y.of(Math.log10(m.distance()));
            s.append("<g><title>");
            Svg.escapeTo(s, m.model());
            s.append(" (")
                    .append(m.family())
                    .append(m.reasoning() ? ", reasoning" : "")
                    .append("): S = ");
            s.append(Svg.fmt(m.sizeBillions(), 1))
                    .append(" B, D = ")
                    .append(Svg.fmt(m.distance(), 4))
                    .append("</title>");
            mark(s, px, py, m.reasoning(), colour);
            s.append("</g>");
        }
        legend(s, report, families);
        return s.append("</svg>").toString();
    }

    private static void ticks(StringBuilder s, Axis x, Axis y) {
        for (int k = (int) x.lo; k <= (int) x.hi; k++) {
            double px = x.of(k);
            Svg.line(s, px, TOP, px, HEIGHT - BOTTOM, "#ddd", 1);
            Svg.text(s, px, HEIGHT - BOTTOM + 16, "middle", "#555", label(Math.pow(10, k)));
        }
        Svg.text(s, (LEFT + WIDTH - RIGHT) / 2.0, HEIGHT - 18, "middle", "#555", "Parameters S (billions, log scale)");
        for (int k = (int) Math.floor(y.lo) - 1; k <= (int) Math.ceil(y.hi); k++) {
            for (double m : MANTISSAS) {
                double v = Math.log10(m) + k;
                if (v >= y.lo - 1e-9 && v <= y.hi + 1e-9) {
                    double py = y.of(v);
                    Svg.line(s, LEFT, py, WIDTH - RIGHT, py, "#ddd", 1);
                    Svg.text(s, LEFT - 6, py + 4, "end", "#555", label(Math.pow(10, v)));
                }
            }
        }
        s.append("<text x=\"16\" y=\"")
                .append(Svg.num((TOP + HEIGHT - BOTTOM) / 2.0))
                .append("\" transform=\"rotate(-90 16 ")
                .append(Svg.num((TOP + HEIGHT - BOTTOM) / 2.0))
                .append(")\" text-anchor=\"middle\" fill=\"#555\">Distance D to humans (log scale)</text>");
    }

    /** The families present, the paper's first (in its order), then the others alphabetically. */
    private static List<String> families(List<ScalingObservation> models) {
        List<String> paper =
                Arrays.stream(ModelFamily.values()).map(ModelFamily::label).toList();
        return models.stream()
                .map(ScalingObservation::family)
                .distinct()
                .sorted(Comparator.comparingInt((String f) -> !paper.contains(f)
                                ? paper.size() - 1
                                : f.equals(ModelFamily.OTHER.label()) ? paper.size() : paper.indexOf(f))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** The paper's families keep their colours; a family a researcher named takes the next series colour. */
    private static String colour(String family, List<String> families) {
        for (ModelFamily f : ModelFamily.values()) {
            if (f.label().equals(family)) {
                return COLOURS[f.ordinal()];
            }
        }
        return Svg.series(families.indexOf(family) + COLOURS.length);
    }

    private static void legend(StringBuilder s, ScalingReport report, List<String> families) {
        double lx = WIDTH - RIGHT + 16;
        double ly = TOP + 8;
        for (String family : families) {
            mark(s, lx, ly, false, colour(family, families));
            Svg.text(s, lx + 10, ly + 4, "start", "#222", family);
            ly += 18;
        }
        mark(s, lx, ly, true, "#888");
        Svg.text(s, lx + 10, ly + 4, "start", "#222", "reasoning");
        ly += 18;
        mark(s, lx, ly, false, "#888");
        Svg.text(s, lx + 10, ly + 4, "start", "#222", "standard");
        if (report != null) {
            ly += 28;
            Svg.line(s, lx - 6, ly, lx + 6, ly, "#222", 2);
            Svg.text(s, lx + 10, ly + 4, "start", "#222", "power law");
            Svg.text(
                    s,
                    lx,
                    ly + 22,
                    "start",
                    "#222",
                    "α = " + Svg.fmt(report.powerLaw().alpha(), 4) + " ± "
                            + Svg.fmt(report.powerLaw().alphaStandardError(), 4));
            Svg.text(
                    s,
                    lx,
                    ly + 40,
                    "start",
                    "#222",
                    "R² = " + Svg.fmt(report.powerLaw().rSquared(), 3));
        }
    }

    private static void mark(StringBuilder s, double x, double y, boolean triangle, String colour) {
        if (triangle) {
            s.append("<path d=\"M")
                    .append(Svg.num(x))
                    .append(' ')
                    .append(Svg.num(y - 6))
                    .append(" l5.5 9.5 h-11 z\" fill=\"none\" stroke=\"")
                    .append(colour)
                    .append("\" stroke-width=\"2\"/>");
        } else {
            s.append("<circle cx=\"")
                    .append(Svg.num(x))
                    .append("\" cy=\"")
                    .append(Svg.num(y))
                    .append("\" r=\"4.5\" fill-opacity=\"0.8\" fill=\"")
                    .append(colour)
                    .append("\"/>");
        }
    }

    private record Axis(double lo, double hi, double from, double to) {
        double of(double v) {
            return from + (v - lo) / (hi - lo) * (to - from);
        }
    }

    private static String label(double v) {
        return v >= 1 ? String.valueOf(Math.round(v)) : Svg.fmt(v, v >= 0.1 ? 1 : 2);
    }

    private static String signed(double v, int decimals) {
        return (v < 0 ? "− " : "+ ") + Svg.fmt(Math.abs(v), decimals);
    }
}
