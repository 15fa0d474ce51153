package org.moralbase.moralgraph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.moralbase.base.Svg;
import org.moralbase.stats.moralgraph.MoralGraphEdge;

/**
 * A moral graph drawn as SVG: the ranked cards as nodes on a circle, clockwise from the top in PageRank order (so the
 * drawing depends on the scores only), each node's area proportional to its PageRank; each kept edge an arrow from
 * the source card to the wiser one, its width and opacity by wiserLikelihood. At most {@link #MAX_NODES} cards are
 * drawn; a card's title is its tooltip, and the highest ranked are labelled.
 */
public final class GraphSvg {

    /** The most cards drawn (the highest ranked). */
    static final int MAX_NODES = 40;

    private static final int HEIGHT = 640;
    // wider than high: the labels beside the nodes on the left and right of the ring need room
    private static final int WIDTH = 900;
    private static final int LABELLED = 10;

    private GraphSvg() {}

    /** The graph's drawing; a note instead of nodes when no edge was kept. */
    public static String svg(ScoredGraph g) {
        StringBuilder s = new StringBuilder();
        Svg.open(s, WIDTH, HEIGHT, 12, "Moral graph: " + g.label() + " — cards by PageRank, arrows towards the wiser");
        s.append("<defs><marker id=\"mg-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\""
                + " markerHeight=\"6\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/>"
                + "</marker></defs>");
        List<RankedCard> nodes = g.top(MAX_NODES);
        if (nodes.isEmpty()) {
            Svg.text(s, WIDTH / 2.0, HEIGHT / 2.0, "middle", "#555", "No edge kept yet: too few votes.");
            return s.append("</svg>").toString();
        }
        double max = nodes.get(0).pageRank();
        double cx = WIDTH / 2.0;
        double cy = HEIGHT / 2.0;
        double ring = HEIGHT / 2.0 - 60;
        Map<Long, double[]> at = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / nodes.size();
            double r = 5 + 17 * Math.sqrt(max > 0 ? nodes.get(i).pageRank() / max : 0);
            at.put(
                    nodes.get(i).card().id(),
                    new double[] {cx + ring * Math.cos(angle), cy + ring * Math.sin(angle), r, angle});
        }
        for (MoralGraphEdge e : g.graph().edges()) {
            double[] a = at.get(e.sourceValueId());
            double[] b = at.get(e.wiserValueId());
            if (a == null || b == null) {
                continue;
            }
            double likelihood = Math.max(0, Math.min(1, e.summary().wiserLikelihood()));
            double dx = b[0] - a[0];
            double dy = b[1] - a[1];
            double len = Math.max(1e-9, Math.hypot(dx, dy));
            s.append("<line x1=\"").append(Svg.num(a[0] + dx / len * a[2]));
            s.append("\" y1=\"").append(Svg.num(a[1] + dy / len * a[2]));
            s.append("\" x2=\"").append(Svg.num(b[0] - dx / len * (b[2] + 2)));
            s.append("\" y2=\"").append(Svg.num(b[1] - dy / len * (b[2] + 2)));
            s.append("\" stroke=\"#555\" stroke-opacity=\"").append(Svg.fmt(0.25 + 0.75 * likelihood, 2));
            s.append("\" stroke-width=\"").append(Svg.fmt(0.5 + 3.5 * likelihood, 2));
            s.append("\" marker-end=\"url(#mg-arrow)\"><title>");
            Svg.escapeTo(s, "wiserLikelihood " + Svg.fmt(e.summary().wiserLikelihood(), 2));
            s.append("</title></line>");
        }
        for (int i = 0; i < nodes.size(); i++) {
            RankedCard n = nodes.get(i);
            double[] p = at.get(n.card().id());
            s.append("<circle class=\"mg-node\" cx=\"")
                    .append(Svg.num(p[0]))
                    .append("\" cy=\"")
                    .append(Svg.num(p[1]));
            s.append("\" r=\"")
                    .append(Svg.num(p[2]))
                    .append("\" fill=\"")
                    .append(Svg.series(0))
                    .append("\"><title>");
            Svg.escapeTo(s, (i + 1) + ". " + n.card().title() + " (PageRank " + Svg.fmt(n.pageRank(), 3) + ")");
            s.append("</title></circle>");
            double lx = p[0] + Math.cos(p[3]) * (p[2] + 8);
            double ly = p[1] + Math.sin(p[3]) * (p[2] + 8) + 4;
            String anchor = Math.abs(Math.cos(p[3])) < 0.2 ? "middle" : Math.cos(p[3]) > 0 ? "start" : "end";
            Svg.text(
                    s,
                    lx,
                    ly,
                    anchor,
                    "#222",
                    i < LABELLED ? (i + 1) + ". " + shorten(n.card().title()) : "" + (i + 1));
        }
        return s.append("</svg>").toString();
    }

    private static String shorten(String title) {
        return title.length() <= 24 ? title : title.substring(0, 23) + "…";
    }
}
