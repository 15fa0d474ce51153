package org.moralbase.moralgraph.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.moralbase.dataimport.DatasetSource;
import org.moralbase.dataimport.ImportLimits;
import org.moralbase.dataimport.ImportProblem;
import org.moralbase.dataimport.ProblemLog;
import org.moralbase.dataimport.text.JsonFields;
import org.moralbase.dataimport.text.JsonRow;
import org.moralbase.dataimport.text.Utf8Text;
import org.moralbase.stats.moralgraph.EdgeCounts;
import org.moralbase.stats.moralgraph.MoralGraph;
import org.moralbase.stats.moralgraph.MoralGraphEdge;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * MGE's graph files (docs/formats.md, "Moral graph"): one JSON object with {@code values[]} ({@code id}, {@code
 * title}, {@code description}, {@code policies}; other fields such as {@code pageRank} ignored) and {@code edges[]}
 * ({@code sourceValueId}, {@code wiserValueId}, {@code contexts}, {@code counts} with MGE's five counts, {@code
 * summary}). Reading is all-or-nothing and names the element and field of every problem; an edge's summary is
 * recomputed from its counts. Writing gives MGE's summary shape.
 */
public final class GraphFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] COUNTS = {
        "markedWiser", "markedNotWiser", "markedLessWise", "markedUnsure", "impressions"
    };

    private GraphFiles() {}

    /**
     * The cards and edges of a graph file.
     *
     * @throws org.moralbase.dataimport.ImportException listing every problem: a card without id or title, a repeated
     *     id, an edge to an unknown card or from a card to itself, a missing or negative count, a repeated edge
     */
    public static MoralGraphFile read(DatasetSource source) {
        ImportLimits limits = ImportLimits.withDefaults();
        ProblemLog log = new ProblemLog(limits);
        String text = Utf8Text.decode(source, limits, log);
        Map<String, List<JsonRow>> arrays =
                GraphArrays.read(source.name(), text, List.of("values", "edges"), limits, log);
        List<ValueCard> values = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        for (JsonRow row : arrays.get("values")) {
            JsonFields at = row.fields(log, "values[" + row.element() + "].");
            Long id = at.longInteger("id");
            if (id != null && !ids.add(id)) {
                at.problem("id", "value id " + id + " appears twice");
                continue;
            }
            ValueCard card = id == null ? null : card(id, at);
            if (card != null) {
                values.add(card);
            }
        }
        if (arrays.get("values").isEmpty()) {
            log.add(ImportProblem.inFile(source.name(), "values", "no values: the array is empty"));
        }
        List<MoralGraphEdge> edges = new ArrayList<>();
        Set<List<Long>> pairs = new HashSet<>();
        for (JsonRow row : arrays.get("edges")) {
            JsonFields at = row.fields(log, "edges[" + row.element() + "].");
            MoralGraphEdge edge = edge(at, ids);
            if (edge != null && !pairs.add(List.of(edge.sourceValueId(), edge.wiserValueId()))) {
                at.problem(
                        "wiserValueId",
                        "the edge " + edge.sourceValueId() + " → " + edge.wiserValueId() + " appears twice");
            } else if (edge != null) {
                edges.add(edge);
            }
        }
        log.throwIfAny();
        return new MoralGraphFile(values, edges);
    }

    // an id read is known to the edges even when the card has another problem: one mistake, one message
    private static ValueCard card(long id, JsonFields at) {
        String title = at.text("title");
        String description = FieldReads.optionalText(at, "description");
        List<String> policies = FieldReads.texts(at, "policies");
        if (title == null || policies == null) { // a bad description is logged and fails the import
            return null;
        }
        return new ValueCard(id, title, description, policies);
    }

    private static MoralGraphEdge edge(JsonFields at, Set<Long> ids) {
        Long source = known(at, "sourceValueId", ids);
        Long wiser = known(at, "wiserValueId", ids);
        List<String> contexts = FieldReads.texts(at, "contexts");
        JsonFields counts = at.object("counts");
        int[] c = new int[COUNTS.length];
        boolean complete = counts != null;
        for (int i = 0; counts != null && i < COUNTS.length; i++) {
            Integer n = FieldReads.count(counts, COUNTS[i]);
            complete &= n != null;
            c[i] = n == null ? 0 : n;
        }
        if (source == null || wiser == null || contexts == null || !complete) {
            return null;
        }
        if (source.equals(wiser)) {
            at.problem("wiserValueId", "an edge from value " + source + " to itself");
            return null;
        }
        return MoralGraphEdge.of(source, wiser, contexts, new EdgeCounts(c[0], c[1], c[2], c[3], c[4]));
    }

    private static Long known(JsonFields at, String field, Set<Long> ids) {
        Long id = at.longInteger(field);
        if (id != null && !ids.contains(id)) {
            at.problem(field, "no value has id " + id);
            return null;
        }
        return id;
    }

    /**
     * The graph in MGE's summary shape: {@code values} — the cards on kept edges in card order (then any ranked value
     * without a card), each {@code {id[, title, description, policies], pageRank}} — and {@code edges}, the kept edges
     * with {@code sourceValueId}, {@code wiserValueId}, {@code contexts}, {@code counts} and {@code summary
     * {wiserLikelihood, entropy}}. A number that is not finite is written as null, as JavaScript's JSON does.
     *
     * @param graph the scored graph
     * @param cards the value cards, or an empty list when only ids are known (raw votes)
     */
    public static String summary(MoralGraph graph, List<ValueCard> cards) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode values = root.putArray("values");
        Map<Long, Double> ranks = new HashMap<>(graph.pageRank());
        for (ValueCard card : cards) {
            Double rank = ranks.remove(card.id());
            if (rank != null) {
                ObjectNode v = values.addObject();
                v.put("id", card.id());
                v.put("title", card.title());
                if (card.description() != null) {
                    v.put("description", card.description());
                }
                ArrayNode policies = v.putArray("policies");
                card.policies().forEach(policies::add);
                number(v, "pageRank", rank);
            }
        }
        graph.pageRank().forEach((id, rank) -> {
            if (ranks.containsKey(id)) {
                ObjectNode v = values.addObject();
                v.put("id", id);
                number(v, "pageRank", rank);
            }
        });
        ArrayNode edges = root.putArray("edges");
        for (MoralGraphEdge e : graph.edges()) {
            ObjectNode o = edges.addObject();
            o.put("sourceValueId", e.sourceValueId());
            o.put("wiserValueId", e.wiserValueId());
            ArrayNode contexts = o.putArray("contexts");
            e.contexts().forEach(contexts::add);
            ObjectNode counts = o.putObject("counts");
            counts.put("markedWiser", e.counts().markedWiser());
            counts.put("markedNotWiser", e.counts().markedNotWiser());
            counts.put("markedLessWise", e.counts().markedLessWise());
            counts.put("markedUnsure", e.counts().markedUnsure());
            counts.put("impressions", e.counts().impressions());
            ObjectNode summary = o.putObject("summary");
            number(summary, "wiserLikelihood", e.summary().wiserLikelihood());
            number(summary, "entropy", e.summary().entropy());
        }
        return JSON.writeValueAsString(root);
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }
}
